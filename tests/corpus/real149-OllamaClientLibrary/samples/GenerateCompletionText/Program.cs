using OllamaClientLibrary;
using OllamaClientLibrary.Constants;

using var client = new OllamaClient(new LocalOllamaOptions()
{
    Model = "llama3.2:latest", // must already be pulled into the local Ollama
    Temperature = Temperature.CodingOrMath
});

Console.Write("Loading...");

try
{
    var response = await client.GenerateCompletionTextAsync("Why is .NET a good platform for building applications?");

    Console.Clear();

    Console.WriteLine(response);
}
catch (Exception ex)
{
    Console.WriteLine($"Error: {ex.Message}");
}

Console.ReadKey();
