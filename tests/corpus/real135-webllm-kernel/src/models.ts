export const WEBLLM_MODELS = [
    "SmolLM2-360M-Instruct-q4f16_1-MLC",
    "TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC-1k",
    "Llama-3.2-3B-Instruct-q4f16_1-MLC",
    "Mistral-7B-Instruct-v0.3-q4f16_1-MLC",
  ];
export const DEFAULT_WEBLLM_MODEL = "Llama-3.2-3B-Instruct-q4f16_1-MLC";
