using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Prompty;

Console.WriteLine("Hello AI World");
Console.WriteLine("===============");

ServiceCollection c = new();

c.AddAzureOpenAIChatCompletion("gpt-4o", "https://devday-semantickernel-test.openai.azure.com/", Environment.GetEnvironmentVariable("AI:AzureOpenAI:Key"));
c.AddKernel();
IServiceProvider services = c.BuildServiceProvider();

Kernel kernel = services.GetRequiredService<Kernel>();

string promptyTemplate = """
            ---
            name: Contoso_Chat_Prompt
            description: A sample prompt for an outdoor retailer.
            model:
              api: chat
            ---
            system:
            You are an AI agent for Contoso Outdoors. Answer briefly, in markdown,
            using the customer's name.

            # Customer Context
            First Name: {{customer.first_name}}
            Membership Status: {{customer.membership}}

            {% for item in history %}
            {{item.role}}: {{item.content}}
            {% endfor %}
            """;

var arguments = new KernelArguments()
{
    { "customer", new { first_name = "John", membership = "Gold" } },
    { "history", new[] { new { role = "user", content = "What is my membership level?" } } },
};

var function = kernel.CreateFunctionFromPrompty(promptyTemplate);
var result = await kernel.InvokeAsync(function, arguments);
Console.WriteLine(result);
