import Foundation

struct ModelInfo: Identifiable, Hashable {
    let id: String
    let displayName: String
    let parameterCount: String
    let sizeOnDisk: String
    let description: String
    let family: ModelFamily
    let engineType: ASREngineType
    let languages: String

    /// WhisperKit variant name, only set for WhisperKit models.
    let variant: String?
    /// sherpa-onnx settings, only set for sherpa-onnx models.
    let sherpaModelConfig: SherpaModelConfig?
    /// Qwen ASR settings, only set for Qwen ASR models.
    let qwenModelConfig: QwenModelConfig?

    static let availableModels: [ModelInfo] = [
        // MARK: - Whisper (WhisperKit)
        ModelInfo(
            id: "whisper-tiny",
            displayName: "Whisper Tiny",
            parameterCount: "39M",
            sizeOnDisk: "~80 MB",
            description: "Fastest, lower accuracy. Good for quick notes.",
            family: .whisper,
            engineType: .whisperKit,
            languages: "99 languages",
            variant: "openai_whisper-tiny",
            sherpaModelConfig: nil
        ),
        ModelInfo(
            id: "whisper-base",
            displayName: "Whisper Base",
            parameterCount: "74M",
            sizeOnDisk: "~150 MB",
            description: "Balanced speed and accuracy. Recommended.",
            family: .whisper,
            engineType: .whisperKit,
            languages: "English",
            variant: "openai_whisper-base.en",
            sherpaModelConfig: nil
        ),

        // MARK: - Moonshine (sherpa-onnx offline)
        ModelInfo(
            id: "moonshine-tiny",
            displayName: "Moonshine Tiny",
            parameterCount: "27M",
            sizeOnDisk: "~125 MB",
            description: "Ultra-fast English.",
            family: .moonshine,
            engineType: .sherpaOnnxOffline,
            languages: "English",
            variant: nil,
            sherpaModelConfig: SherpaModelConfig(
                repoName: "sherpa-onnx-moonshine-tiny-en-int8",
                tokens: "tokens.txt",
                modelType: .moonshine,
                preprocessor: "preprocess.onnx",
                encoder: "encode.int8.onnx",
                uncachedDecoder: "uncached_decode.int8.onnx",
                cachedDecoder: "cached_decode.int8.onnx"
            )
        ),

        // MARK: - Omnilingual (sherpa-onnx offline CTC)
        ModelInfo(
            id: "omnilingual-300m",
            displayName: "Omnilingual 300M",
            parameterCount: "300M",
            sizeOnDisk: "~365 MB",
            description: "1,600+ languages. MMS CTC model, int8 quantized.",
            family: .omnilingual,
            engineType: .sherpaOnnxOffline,
            languages: "1,600+ languages",
            variant: nil,
            sherpaModelConfig: SherpaModelConfig(
                repoName: "csukuangfj2/sherpa-onnx-omnilingual-asr-1600-languages-300M-ctc-int8-2025-11-12",
                tokens: "tokens.txt",
                modelType: .omnilingualCtc,
                omnilingualModel: "model.int8.onnx"
            )
        ),

        // MARK: - Qwen ASR (pure C inference)
        ModelInfo(
            id: "qwen3-asr-0.6b",
            displayName: "Qwen3 ASR 0.6B",
            parameterCount: "600M",
            sizeOnDisk: "~1.8 GB",
            description: "30 languages. Pure C inference.",
            family: .qwenASR,
            engineType: .qwenASR,
            languages: "30 languages",
            variant: nil,
            sherpaModelConfig: nil,
            qwenModelConfig: QwenModelConfig(
                repoId: "Qwen/Qwen3-ASR-0.6B",
                files: ["config.json", "generation_config.json", "model.safetensors", "vocab.json", "merges.txt"]
            )
        ),

        // MARK: - Qwen ASR (ONNX Runtime, INT8)
        ModelInfo(
            id: "qwen3-asr-0.6b-onnx",
            displayName: "Qwen3 ASR 0.6B (ONNX)",
            parameterCount: "600M",
            sizeOnDisk: "~1.6 GB (INT8)",
            description: "30 languages. ONNX Runtime INT8 quantized.",
            family: .qwenASR,
            engineType: .qwenOnnx,
            languages: "30 languages",
            variant: nil,
            sherpaModelConfig: nil,
            qwenModelConfig: QwenModelConfig(
                repoId: "jima/qwen3-asr-0.6b-onnx-int8",
                files: [
                    "encoder.int8.onnx",
                    "decoder_prefill.int8.onnx",
                    "embed_tokens.fp16.npy",
                    "vocab.json"
                ]
            )
        ),
    ]

    static let defaultModel = availableModels.first { $0.id == "whisper-base" }!
}
