final class Model {
    
    static let `Llama-3.2-1B-Instruct-4bit`: String = "mlx-community/Llama-3.2-1B-Instruct-4bit"
    static let `Llama-3.2-3B-Instruct-4bit`: String = "mlx-community/Llama-3.2-3B-Instruct-4bit"
    
    static let `gemma-2-2b-it-4bit`: String = "mlx-community/gemma-2-2b-it-4bit"
    static let `gemma-3-1b-it-4bit`: String = "mlx-community/gemma-3-1b-it-4bit"
    static let `gemma-3-4b-it-4bit`: String = "mlx-community/gemma-3-4b-it-4bit"
    
    static let `Qwen2.5-0.5B-Instruct-4bit`: String = "mlx-community/Qwen2.5-0.5B-Instruct-4bit"
    static let `Qwen2.5-1.5B-Instruct-4bit`: String = "mlx-community/Qwen2.5-1.5B-Instruct-4bit"
    static let `Qwen2.5-3B-Instruct-4bit`: String = "mlx-community/Qwen2.5-3B-Instruct-4bit"
    
    static let `Phi-3-mini-128k-instruct-4bit`: String = "mlx-community/Phi-3-mini-128k-instruct-4bit"
    static let `Phi-3-mini-4k-instruct-4bit`: String = "mlx-community/Phi-3-mini-4k-instruct-4bit"
    static let `Phi-4-mini-instruct-4bit`: String = "mlx-community/Phi-4-mini-instruct-4bit"
    
}
