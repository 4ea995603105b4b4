import MLX
import MLXLLM
import MLXLMCommon
import MLXRandom
import Observation
import Foundation

/// Gère le chargement et l'inférence du modèle LLM (Llama 3.2 1B)
@Observable
@MainActor
class LLMEvaluator {
    var running = false
    var output = ""
    var progress = 0.0
    var error: String?

    private var modelContainer: ModelContainer?

    let maxTokens = 2048
    let generateParameters = GenerateParameters(temperature: 0.7)
    let displayEveryNTokens = 4

    /// Charge le modèle Llama 3.2 1B depuis Hugging Face
    func load() async throws {
        guard modelContainer == nil else { return }

        // Limite du cache GPU AVANT de charger le modèle
        MLX.GPU.set(cacheLimit: 20 * 1024 * 1024)

        let config = ModelConfiguration(
            id: "mlx-community/Llama-3.2-1B-Instruct-4bit"
        )

        modelContainer = try await LLMModelFactory.shared.loadContainer(
            configuration: config
        ) { [weak self] progress in
            Task { @MainActor in
                self?.progress = progress.fractionCompleted
            }
        }
    }

    /// Génère une réponse en streaming
    func generate(messages: [Message], systemPrompt: String) async -> String {
        guard !running, let container = modelContainer else { return "" }
        running = true
        output = ""

        var promptHistory: [[String: String]] = [["role": "system", "content": systemPrompt]]
        for message in messages {
            promptHistory.append(["role": message.role.rawValue, "content": message.content])
        }

        do {
            MLXRandom.seed(UInt64(Date.timeIntervalSinceReferenceDate * 1000))
            let result = try await container.perform { context in
                let input = try await context.processor.prepare(input: .init(messages: promptHistory))
                return try MLXLMCommon.generate(input: input, parameters: generateParameters, context: context) { tokens in
                    guard tokens.count > 0 else { return .more }
                    if tokens.count % displayEveryNTokens == 0 {
                        let text = context.tokenizer.decode(tokens: tokens)
                        Task { @MainActor in self.output = text }
                    }
                    return tokens.count >= maxTokens ? .stop : .more
                }
            }
            output = result.output
        } catch {
            self.error = error.localizedDescription
            output = "Error: \(error.localizedDescription)"
        }
        running = false
        return output
    }

    func cancel() {
        running = false
    }
}
