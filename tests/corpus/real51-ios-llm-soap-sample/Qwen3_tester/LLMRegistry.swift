//
//  LLMRegistry.swift
//  Qwen3_tester
//

import Foundation
import MLXLMCommon

enum LLMRegistry {
    static let qwen3_1_7b: ModelConfiguration = {
        guard let tokenizerURL = Bundle.main.url(
            forResource: "tokenizer", withExtension: "json")
        else {
            fatalError("tokenizer.json missing from the app bundle")
        }

        let modelDir = tokenizerURL.deletingLastPathComponent()
        print("model directory:", modelDir.path)

        return ModelConfiguration(
            directory: modelDir,
            overrideTokenizer: "tokenizer.json",
            defaultPrompt: "Summarise this patient's visit in SOAP format."
        )
    }()
}
