//
//  ContentView.swift
//  MLXSwiftChat
//

import MLXLLM
import MLXLMCommon
import SwiftUI

struct ContentView: View {
    @State private var prompt = "Can you recommend some good podcasts?"
    @State private var response = ""
    @State private var isLoading = false

    var body: some View {
        VStack(spacing: 16) {
            Text("MLX Swift Chat")
                .font(.title2)
                .fontWeight(.bold)

            TextField("Enter your prompt...", text: $prompt)
                .textFieldStyle(.roundedBorder)

            Button("Generate", action: generateResponse)
                .disabled(prompt.isEmpty || isLoading)

            if !response.isEmpty {
                ScrollView { Text(response).padding() }
            }
            Spacer()
            if isLoading {
                ProgressView("Generating response...")
            }
        }
        .padding()
    }
}

// MARK: - Actions
extension ContentView {
    func generateResponse() {
        response = ""
        Task {
            do { try await generate() } catch { debugPrint(error) }
        }
    }

    func generate() async throws {
        isLoading = true
        defer { isLoading = false }

        // Load model (first time use will download it)
        let modelConfiguration = ModelRegistry.llama3_2_1B_4bit
        let modelContainer = try await LLMModelFactory.shared.loadContainer(configuration: modelConfiguration) { progress in
            debugPrint("Downloading \(modelConfiguration.name): \(Int(progress.fractionCompleted * 100))%")
        }

        let _ = try await modelContainer.perform { [prompt] context in
            let input = try await context.processor.prepare(input: .init(prompt: prompt))
            return try MLXLMCommon.generate(input: input, parameters: .init(), context: context) { tokens in
                let text = context.tokenizer.decode(tokens: tokens)
                Task { @MainActor in self.response = text }
                return .more
            }
        }
    }
}

#Preview {
    ContentView()
}
