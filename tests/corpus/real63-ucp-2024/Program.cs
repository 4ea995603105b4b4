examples.Add(async () => // Embeddings Service
{
    Console.WriteLine("=== Embeddings Service ===\n\n");

    var embeddingModelId = "mxbai-embed-large";
    var endpoint = new Uri("http://localhost:11434");
    var embeddingService = new EmbeddingGeneratorBuilder<string, Embedding<float>>()
                    .Use(new OllamaApiClient(endpoint, embeddingModelId))
                    .AsTextEmbeddingGenerationService();

    // Create a vector store and a collection to store information
    var vectorStore = new InMemoryVectorStore();
    var collection = vectorStore.GetCollection<string, SelectedModel>("ExampleCollection");
    await collection.CreateCollectionIfNotExistsAsync();

    // Save some information to the memory
    List<(string Id, string Detail)> factList = [
        ("phi3", "Scientific content"),
        ("llama3.2", "General chat content"),
        ("gpt-4o-mini", "Other subjects content")
    ];

    foreach (var (Id, Detail) in factList)
    {
        await collection.UpsertAsync(new()
        {
            ModelId = Guid.NewGuid().ToString(),
            PromptingDomain = Id,
            Embedding = await embeddingService.GenerateEmbeddingAsync(Detail)
        });
    }

    var vectorStoreTextSearch = new VectorStoreTextSearch<SelectedModel>(collection, embeddingService);

    while (true)
    {
        Console.Write($"\n\nUser > ");
        var userPrompt = Console.ReadLine();
        if (string.IsNullOrEmpty(userPrompt)) { break; }
        Console.WriteLine();
        var search = await vectorStoreTextSearch.SearchAsync(userPrompt, new TextSearchOptions { Top = 1 });
        await foreach (var item in search.Results)
        {
            Console.WriteLine($"Id: {item}");
        }
    }
});

examples.Add(async () => // Kernel simple chat model routing using model id
{
    Console.WriteLine("=== Kernel simple chat model routing using model id ===\n\n");

    var ollamaModelId = "llama3.2";
    var ollamaEndpoint = new Uri("http://localhost:11434");
    var fileModelId = "phi3";
    var fileModelPath = "E:\\repo\\huggingface\\Phi-3-mini-4k-instruct-onnx\\cpu_and_mobile\\cpu-int4-rtn-block-32";
    var kernelBuilder = Kernel.CreateBuilder();

    kernelBuilder
            .AddOllamaChatCompletion(ollamaModelId, ollamaEndpoint)
            .AddOnnxRuntimeGenAIChatCompletion(fileModelId, fileModelPath);
            // Last service will be the default service

    var kernel = kernelBuilder.Build();

    kernel.PromptRenderFilters.Add(new SelectedModelRenderFilter());

    var modelNames = string.Join(", ", kernel.GetAllServices<IChatCompletionService>().Select(s => s.GetModelId()));

    while (true)
    {
        Console.Write($"\n\nType one of the available models [{modelNames}] > ");
        var selectedModel = Console.ReadLine();
        Console.WriteLine();

        if (string.IsNullOrEmpty(selectedModel)) { break; }

        var settings = new PromptExecutionSettings { ModelId = selectedModel };
        await foreach (var token in kernel.InvokePromptStreamingAsync("Answer in a small sentence, why does Jupiter have storms?", new(settings)))
        {
            Console.Write(token);
        };
    }
});

examples.Add(async () => // Kernel simple chat model routing using service id
{
    Console.WriteLine("=== Kernel simple chat model routing using service id ===\n\n");

    var ollamaModelId = "llama3.2";
    var ollamaEndpoint = new Uri("http://localhost:11434");
    var fileModelId = "phi3";
    var fileModelPath = "E:\\repo\\huggingface\\Phi-3-mini-4k-instruct-onnx\\cpu_and_mobile\\cpu-int4-rtn-block-32";
    var kernelBuilder = Kernel.CreateBuilder();

    kernelBuilder
        .Services
            .AddOllamaChatCompletion(
                serviceId: "ollama",
                modelId: ollamaModelId,
                endpoint: ollamaEndpoint)
            .AddOnnxRuntimeGenAIChatCompletion(
                serviceId: "onnx", 
                modelId: fileModelId, 
                modelPath: fileModelPath);
    // Last service will be the default service

    var kernel = kernelBuilder.Build();

    kernel.PromptRenderFilters.Add(new SelectedModelRenderFilter());

    while (true)
    {
        Console.Write($"\n\nType one of the available models > ");
        var selectedService = Console.ReadLine();
        Console.WriteLine();

        if (string.IsNullOrEmpty(selectedService)) { break; }

        var settings = new PromptExecutionSettings { ServiceId = selectedService };
        await foreach (var token in kernel.InvokePromptStreamingAsync("Answer in a small sentence, why does Jupiter have storms?", new(settings)))
        {
            Console.Write(token);
        };
    }
});

examples.Add(async () => // Kernel AI routing
{
    Console.WriteLine("=== Kernel AI routing ===\n\n");

    var ollamaModelId = "llama3.2";
    var ollamaEndpoint = new Uri("http://localhost:11434");
    var fileModelId = "phi3";
    var fileModelPath = "E:\\repo\\huggingface\\Phi-3-mini-4k-instruct-onnx\\cpu_and_mobile\\cpu-int4-rtn-block-32";
    var kernelBuilder = Kernel.CreateBuilder();
    var openAIModelId = "gpt-4o-mini";

    kernelBuilder
        .AddOllamaChatCompletion(ollamaModelId, ollamaEndpoint)
        .AddOnnxRuntimeGenAIChatCompletion(fileModelId, fileModelPath)
        .AddOpenAIChatCompletion(openAIModelId, config["OpenAI:ApiKey"]!);

    // Last service will be the default service

    StringBuilder systemPrompt = new("""
            You are a model router and you will decide on only one of the 
            the models below that matches the capability more in line with the user's question. 
            Answer only with the Id of the model as the first word and a reason for it following.

            | Model Id | Capability |
            |----------|------------|
            """);

    // Router instructions
    List<(string, string)> modelCapabilities = [
        (ollamaModelId, "General chat"),
        (fileModelId, "Scientific chat"),
        (openAIModelId, "Other subjects")
    ];
    foreach (var (modelId, capability) in modelCapabilities)
    {
        systemPrompt.Append($"\n| {modelId} | {capability} |");
    }

    async Task<string> GetModelForPromptAsync(string prompt, string systemPrompt)
    {
        var routerService = new OpenAIChatCompletionService(
            modelId: "gpt-4o-mini",
            apiKey: config["OpenAI:ApiKey"]!);

        ChatHistory chatHistory = [
            new ChatMessageContent(AuthorRole.System, systemPrompt),
            new ChatMessageContent(AuthorRole.User, prompt)
        ];

        var selectionAndReason = (await routerService.GetChatMessageContentAsync(chatHistory)).ToString();
        var selectedModel = selectionAndReason[..selectionAndReason.IndexOf(' ')];

        Console.WriteLine($"\nSelected model by AI router: {selectionAndReason}\n");

        return selectedModel.ToString();
    }

    var kernel = kernelBuilder.Build();

    kernel.PromptRenderFilters.Add(new SelectedModelRenderFilter());

    var modelNames = string.Join(", ", kernel.GetAllServices<IChatCompletionService>().Select(s => s.GetModelId()));

    while (true)
    {
        Console.Write($"\n\nUser > ");
        var userPrompt = Console.ReadLine();
        if (string.IsNullOrEmpty(userPrompt)) { break; }
        Console.WriteLine();

        var selectedModel = await GetModelForPromptAsync(userPrompt, systemPrompt.ToString());

        var settings = new PromptExecutionSettings { ModelId = selectedModel };
        await foreach (var token in kernel.InvokePromptStreamingAsync(userPrompt, new(settings)))
        {
            Console.Write(token);
        };
    }
});

examples.Add(async () => // Kernel Embeddings Routing
{
    Console.WriteLine("=== Kernel Embeddings Routing ===\n\n");

    var ollamaModelId = "llama3.2";
    var ollamaEndpoint = new Uri("http://localhost:11434");
    var fileModelId = "phi3";
    var fileModelPath = "E:\\repo\\huggingface\\Phi-3-mini-4k-instruct-onnx\\cpu_and_mobile\\cpu-int4-rtn-block-32";
    var kernelBuilder = Kernel.CreateBuilder();
    var openAIModelId = "gpt-4o-mini";

    kernelBuilder
        .AddOllamaChatCompletion(ollamaModelId, ollamaEndpoint)
        .AddOnnxRuntimeGenAIChatCompletion(fileModelId, fileModelPath)
        .AddOpenAIChatCompletion(openAIModelId, config["OpenAI:ApiKey"]!);
    // Last service will be the default service

    var embeddingModelId = "mxbai-embed-large";
    var endpoint = new Uri("http://localhost:11434");
    var embeddingService = new EmbeddingGeneratorBuilder<string, Embedding<float>>()
                    .Use(new OllamaApiClient(endpoint, embeddingModelId))
                    .AsTextEmbeddingGenerationService();
    
    // Create a vector store and a collection to store information
    var vectorStore = new InMemoryVectorStore();
    var collection = vectorStore.GetCollection<string, SelectedModel>("ExampleCollection");
    await collection.CreateCollectionIfNotExistsAsync();

    // Save some information to the memory
    List<(string Id, string Detail)> factList = [
        (fileModelId, "Scientific content"),
        (ollamaModelId, "General chat content"),
        (openAIModelId, "Other subjects content")
    ];

    foreach (var (Id, Detail) in factList)
    {
        await collection.UpsertAsync(new()
        {
            ModelId = Id,
            PromptingDomain = Detail,
            Embedding = await embeddingService.GenerateEmbeddingAsync(Detail)
        });
    }

    async Task<string> GetModelForPromptAsync(string prompt)
    {
        var searchVector = await embeddingService.GenerateEmbeddingAsync(prompt);
        var search = (await collection.VectorizedSearchAsync(searchVector, new() { Top = 1 }));
        string? selectedModel = null;
        string? selectedModelPromptingDomain = null;
        await foreach (var item in search.Results)
        {
            selectedModel = item.Record.ModelId;
            selectedModelPromptingDomain = item.Record.PromptingDomain;
        }
   
        Console.WriteLine($"\nSelected model by AI router: {selectedModel} {selectedModelPromptingDomain}\n");

        return selectedModel ?? "default";
    }

    var kernel = kernelBuilder.Build();

    kernel.PromptRenderFilters.Add(new SelectedModelRenderFilter());

    var modelNames = string.Join(", ", kernel.GetAllServices<IChatCompletionService>().Select(s => s.GetModelId()));

    while (true)
    {
        Console.Write($"\n\nUser > ");
        var userPrompt = Console.ReadLine();
        if (string.IsNullOrEmpty(userPrompt)) { break; }
        Console.WriteLine();

        var selectedModel = await GetModelForPromptAsync(userPrompt);

        var settings = new PromptExecutionSettings { ModelId = selectedModel };
        await foreach (var token in kernel.InvokePromptStreamingAsync(userPrompt, new(settings)))
        {
            Console.Write(token);
        };
    }
});

examples.Add(async () => // Multi modalities text -> audio services
{
    Console.WriteLine("=== Multi modalities text -> audio services ===\n\n");

    var chatService = new Azure.AI.Inference.ChatCompletionsClient(
        endpoint: new Uri(config["AzureAIInference:Endpoint"]!),
        credential: new Azure.AzureKeyCredential(config["AzureAIInference:ApiKey"]!))
    .AsChatClient("phi3")
    .AsChatCompletionService();

    var textToAudioService = new OpenAITextToAudioService(
        modelId: "tts-1", 
        apiKey: config["OpenAI:ApiKey"]!);

    StringBuilder answer = new();
    await foreach (var token in chatService.GetStreamingChatMessageContentsAsync("Explain in a simple phrase why Jupiter has storms."))
    {
        Console.Write(token);
        answer.Append(token);
    }

    Console.WriteLine("\nGenerating audio...\n");
    var generatedAudios = await textToAudioService.GetAudioContentsAsync(answer.ToString());
    var generatedAudio = generatedAudios[0];

    var file = Path.Combine(Directory.GetCurrentDirectory(), "output.mp3");
    await File.WriteAllBytesAsync(file, generatedAudio.Data!.Value);

    Console.WriteLine($"\nAudio Generated. Ctrl + Click to listen: {new Uri(file).AbsoluteUri}");
});

examples.Add(async () => // Multi modalities audio -> text services
{
    Console.WriteLine("=== Multi modalities audio -> text services ===\n\n");

    string folderPath = @"C:\Users\rbarreto\OneDrive - Microsoft\Documents\Sound Recordings";

    DirectoryInfo directoryInfo = new(folderPath);

    // Get the most recent file created in the directory
    FileInfo? mostRecentFile = directoryInfo.GetFiles()
                                           .OrderByDescending(f => f.CreationTime)
                                           .FirstOrDefault();

    Console.WriteLine($"Most recent file: {mostRecentFile!.FullName}");

    var audioContent = new Microsoft.SemanticKernel.AudioContent(File.ReadAllBytes(mostRecentFile!.FullName), "audio/m4a");

    var audioToTextService = new OpenAIAudioToTextService(
    modelId: "whisper-1",
    apiKey: config["OpenAI:ApiKey"]!);

    Console.WriteLine("\nGenerating text from audio ...\n");
    var generatedTexts = await audioToTextService.GetTextContentsAsync(audioContent);
    var generatedText = generatedTexts[0];

    Console.WriteLine($"Text Generated: {generatedText}");
});

examples.Add(async () => // Multi modalities audio -> text -> image services
{
    Console.WriteLine("=== Multi modalities audio -> text -> image services ===\n\n");

    string folderPath = @"C:\Users\rbarreto\OneDrive - Microsoft\Documents\Sound Recordings";

    DirectoryInfo directoryInfo = new(folderPath);

    // Get the most recent file created in the directory
    FileInfo? mostRecentFile = directoryInfo.GetFiles()
                                           .OrderByDescending(f => f.CreationTime)
                                           .FirstOrDefault();

    Console.WriteLine($"Most recent recording: {mostRecentFile!.FullName}");

    var audioContent = new Microsoft.SemanticKernel.AudioContent(File.ReadAllBytes(mostRecentFile!.FullName), "audio/m4a");

    var audioToTextService = new OpenAIAudioToTextService(
        modelId: "whisper-1",
        apiKey: config["OpenAI:ApiKey"]!);

    var textToImageService = new OpenAITextToImageService(
    modelId: "dall-e-3",
    apiKey: config["OpenAI:ApiKey"]!);

    Console.WriteLine("\nGenerating text from audio ...\n");
    var generatedTexts = await audioToTextService.GetTextContentsAsync(audioContent);
    var generatedText = generatedTexts[0];

    Console.WriteLine($"Text Generated: {generatedText}");

    Console.WriteLine("\nGenerating image from text ...\n");
    var generatedImages = await textToImageService.GetImageContentsAsync(generatedText);
    var generatedImage = generatedImages[0];

    Console.WriteLine("Image Generated. Ctrl + Click to view: " + generatedImage.Uri);
});

examples.Add(async () => // Multi modalities image -> text -> audio)
{
    Console.WriteLine("=== Multi modalities image -> text -> audio ===\n\n");

    string folderPath = @"C:\Users\rbarreto\OneDrive - Microsoft\Pictures\Camera Roll";
    string huggingFaceModel = "Salesforce/blip-image-captioning-large";
    string openAIModel = "gpt-4o-mini";

    DirectoryInfo directoryInfo = new(folderPath);

    // Get the most recent image created in the directory
    FileInfo? mostRecentFile = directoryInfo.GetFiles("*.jpg")
                                           .OrderByDescending(f => f.CreationTime)
                                           .FirstOrDefault();

    Console.WriteLine($"Most recent photo: {mostRecentFile!.FullName}");

    var imageContent = new Microsoft.SemanticKernel.ImageContent(File.ReadAllBytes(mostRecentFile!.FullName), "image/jpeg");

    var huggingFaceImageToTextService = new HuggingFaceImageToTextService(huggingFaceModel, apiKey: config["HuggingFace:ApiKey"]!);

    var openAiChatService = new OpenAIChatCompletionService(modelId: openAIModel, apiKey: config["OpenAI:ApiKey"]!);

    Console.WriteLine("\nGenerating text from image (Hugging face) ...\n");
    var huggingFaceImageText = (await huggingFaceImageToTextService.GetTextContentsAsync(imageContent))[0];
    Console.WriteLine($"Hugging Face Text Generated:\n{huggingFaceImageText}\n");

    Console.WriteLine("\nGenerating text from image (OpenAI)...\n");
    ChatMessageContent chatMessageContent = new(AuthorRole.User, [
        new Microsoft.SemanticKernel.TextContent("Describe the image"),
        imageContent
    ]);
    var openAIImageText = await openAiChatService.GetChatMessageContentAsync([chatMessageContent]);
    Console.WriteLine($"OpenAI Text Generated:\n{openAIImageText}\n");

    Console.WriteLine("\nGenerating audio from text ...\n");
    var textToAudioService = new OpenAITextToAudioService(
        modelId: "tts-1",
        apiKey: config["OpenAI:ApiKey"]!);

    var huggingFaceGeneratedAudio = (await textToAudioService.GetAudioContentsAsync(huggingFaceImageText.ToString()))[0];
    var file = Path.Combine(Directory.GetCurrentDirectory(), "image-description-output.mp3");
    await File.WriteAllBytesAsync(file, huggingFaceGeneratedAudio.Data!.Value);

    var openAIGeneratedAudio = (await textToAudioService.GetAudioContentsAsync(openAIImageText.ToString()))[0];
    var file2 = Path.Combine(Directory.GetCurrentDirectory(), "image-description-output-2.mp3");
    await File.WriteAllBytesAsync(file2, openAIGeneratedAudio.Data!.Value);

    Console.WriteLine($"\nHuggingFace Audio Description. Ctrl + Click to listen: \n{new Uri(file).AbsoluteUri}");

    Console.WriteLine($"\nOpenAI Audio Description. Ctrl + Click to listen: \n{new Uri(file2).AbsoluteUri}");
});

examples.Add(async () => // Open Telemetry Aspire Dashboard 
{
    Console.WriteLine("=== Open Telemetry Aspire Dashboard ===\n\n");

    // https://learn.microsoft.com/en-us/dotnet/aspire/fundamentals/dashboard/standalone?tabs=bash#start-the-dashboard
    // docker run --rm -it -d -p 18888:18888 -p 4317:18889 --name aspire-dashboard mcr.microsoft.com/dotnet/aspire-dashboard:9.0

    var builder = Kernel.CreateBuilder();
