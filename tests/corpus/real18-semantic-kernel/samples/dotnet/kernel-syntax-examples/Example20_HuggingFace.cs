// Copyright (c) Microsoft. All rights reserved.

using System;
using System.Threading.Tasks;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.AI.HuggingFace.TextCompletion;
using RepoUtils;

/**
 * Semantic Kernel with the HuggingFace inference API.
 */

// ReSharper disable once InconsistentNaming
public static class Example20_HuggingFace
{
    public static async Task RunAsync()
    {
        Console.WriteLine("======== HuggingFace text completion ========");

        IKernel kernel = new KernelBuilder().WithLogger(ConsoleLogger.Log).Build();

        // register the HuggingFace completion backend
        kernel.Config.AddTextCompletionService(_ => new HuggingFaceTextCompletion(Env.Var("HF_API_KEY"), model: "gpt2"));

        const string Prompt = "Question: {{$input}}; Answer:";
        var qa = kernel.CreateSemanticFunction(Prompt);

        var result = await qa.InvokeAsync("What is New York?");
        Console.WriteLine(result);
    }
}
