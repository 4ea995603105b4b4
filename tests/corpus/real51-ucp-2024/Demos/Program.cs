using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.HuggingFace;
using Microsoft.SemanticKernel.Connectors.InMemory;
using Microsoft.SemanticKernel.Connectors.Ollama;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OllamaSharp;
using System.Text;

List<Func<Task>> examples = [];
var config = new ConfigurationBuilder().AddUserSecrets<Program>().Build();

examples.Add(async () => // Kernel prompting blocking (non-streaming)
{
    // https://ollama.com/blog/ollama-is-now-available-as-an-official-docker-image
    // docker run -d -e OLLAMA_KEEP_ALIVE=-1 -v D:\temp\ollama:/root/.ollama -p 11434:11434 --name ollama ollama/ollama

    var modelId = "llama3.2";
    var endpoint = new Uri("http://localhost:11434");

    var kernel = Kernel.CreateBuilder()
        .AddOllamaChatCompletion(modelId, endpoint)
        .Build();

    Console.WriteLine(await kernel.InvokePromptAsync("Hello, how are you?"));
});

examples.Add(async () => // Service prompting with chat history
{
    var modelId = "gpt-4o-mini";
    var service = new OpenAIChatCompletionService(modelId, config["OpenAI:ApiKey"]!);

    ChatHistory chatHistory = [
        new ChatMessageContent(AuthorRole.System, "You are Roger Bot, presenting at a conference."),
        new ChatMessageContent(AuthorRole.User, "Why is Neptune blue?")
    ];

    await foreach (var token in service.GetStreamingChatMessageContentsAsync(chatHistory))
    {
        Console.Write(token);
    }
});

examples.Add(async () => // Embeddings & search
{
    var embeddingModelId = "mxbai-embed-large";
    var endpoint = new Uri("http://localhost:11434");
    var embeddingService = new EmbeddingGeneratorBuilder<string, Embedding<float>>()
        .Use(new OllamaApiClient(endpoint, embeddingModelId))
        .AsTextEmbeddingGenerationService();

    var collection = new InMemoryVectorStore().GetCollection<string, SelectedModel>("ExampleCollection");
    await collection.CreateCollectionIfNotExistsAsync();

    List<(string Id, string Detail)> factList = [
        ("phi3", "Scientific content"),
        ("llama3.2", "General chat content"),
        ("gpt-4o-mini", "Other subjects content")
    ];

    foreach (var (id, detail) in factList)
    {
        await collection.UpsertAsync(new() { ModelId = id, PromptingDomain = detail, Embedding = await embeddingService.GenerateEmbeddingAsync(detail) });
    }
});

examples.Add(async () => // Kernel AI routing
{
    var ollamaModelId = "llama3.2";
    var ollamaEndpoint = new Uri("http://localhost:11434");
    var fileModelId = "phi3";
    // https://huggingface.co/microsoft/Phi-3-mini-4k-instruct-onnx
    var fileModelPath = "E:\\repo\\huggingface\\Phi-3-mini-4k-instruct-onnx\\cpu_and_mobile\\cpu-int4-rtn-block-32";
    var openAIModelId = "gpt-4o-mini";

    var kernel = Kernel.CreateBuilder()
        .AddOllamaChatCompletion(ollamaModelId, ollamaEndpoint)
        .AddOnnxRuntimeGenAIChatCompletion(fileModelId, fileModelPath)
        .AddOpenAIChatCompletion(openAIModelId, config["OpenAI:ApiKey"]!)
        .Build();

    var modelNames = string.Join(", ", kernel.GetAllServices<IChatCompletionService>().Select(s => s.GetModelId()));
    Console.WriteLine($"Available: {modelNames}");
});

examples.Add(async () => // Open Telemetry Aspire Dashboard
{
    // docker run --rm -it -d -p 18888:18888 -p 4317:18889 --name aspire-dashboard mcr.microsoft.com/dotnet/aspire-dashboard:9.0
    var builder = Kernel.CreateBuilder();
    builder.AddOpenAIChatCompletion(
        modelId: "gpt-4o-mini",
        apiKey: config["OpenAI:ApiKey"]!);
    Console.WriteLine(await builder.Build().InvokePromptAsync("Is the light on?"));
});

examples.Add(async () => // text -> audio
{
    var chatService = new Azure.AI.Inference.ChatCompletionsClient(
        endpoint: new Uri(config["AzureAIInference:Endpoint"]!),
        credential: new Azure.AzureKeyCredential(config["AzureAIInference:ApiKey"]!))
        .AsChatClient("phi3")
        .AsChatCompletionService();

    var textToAudioService = new OpenAITextToAudioService(
        modelId: "tts-1",
        apiKey: config["OpenAI:ApiKey"]!);

    StringBuilder answer = new();
    await foreach (var token in chatService.GetStreamingChatMessageContentsAsync("Why does Jupiter have storms?"))
    {
        answer.Append(token);
    }
    var audio = (await textToAudioService.GetAudioContentsAsync(answer.ToString()))[0];
    var file = Path.Combine(Directory.GetCurrentDirectory(), "output.mp3");
    await File.WriteAllBytesAsync(file, audio.Data!.Value);
});

examples.Add(async () => // audio -> text -> image
{
    string folderPath = @"C:\Users\rbarreto\OneDrive - Microsoft\Documents\Sound Recordings";
    var latest = new DirectoryInfo(folderPath).GetFiles().OrderByDescending(f => f.CreationTime).First();
    var audioContent = new Microsoft.SemanticKernel.AudioContent(File.ReadAllBytes(latest.FullName), "audio/m4a");

    var audioToTextService = new OpenAIAudioToTextService(
        modelId: "whisper-1",
        apiKey: config["OpenAI:ApiKey"]!);

    var textToImageService = new OpenAITextToImageService(
        modelId: "dall-e-3",
        apiKey: config["OpenAI:ApiKey"]!);

    var text = (await audioToTextService.GetTextContentsAsync(audioContent))[0];
    var image = (await textToImageService.GetImageContentsAsync(text))[0];
    Console.WriteLine("Image: " + image.Uri);
});

examples.Add(async () => // image -> text -> audio
{
    string folderPath = @"C:\Users\rbarreto\OneDrive - Microsoft\Pictures\Camera Roll";
    string huggingFaceModel = "Salesforce/blip-image-captioning-large";
    string openAIModel = "gpt-4o-mini";

    var latest = new DirectoryInfo(folderPath).GetFiles("*.jpg").OrderByDescending(f => f.CreationTime).First();
    var imageContent = new Microsoft.SemanticKernel.ImageContent(File.ReadAllBytes(latest.FullName), "image/jpeg");

    var huggingFaceImageToTextService = new HuggingFaceImageToTextService(huggingFaceModel, apiKey: config["HuggingFace:ApiKey"]!);
    var openAiChatService = new OpenAIChatCompletionService(modelId: openAIModel, apiKey: config["OpenAI:ApiKey"]!);

    var caption = (await huggingFaceImageToTextService.GetTextContentsAsync(imageContent))[0];
    Console.WriteLine(await openAiChatService.GetChatMessageContentAsync($"Describe: {caption}"));
});

foreach (var example in examples)
{
    await example();
}
