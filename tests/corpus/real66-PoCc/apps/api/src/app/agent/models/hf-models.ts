export const HF_MODELS = {
    QWEN_25_7B: 'Qwen/Qwen2.5-7B-Instruct',
    LLAMA_32_3B: 'meta-llama/Llama-3.2-3B-Instruct',
    MISTRAL_7B: 'mistralai/Mistral-7B-Instruct-v0.3',
    PHI_3_MINI: 'microsoft/Phi-3-mini-4k-instruct',
    GEMMA_2_9B: 'google/gemma-2-9b-it',
} as const;