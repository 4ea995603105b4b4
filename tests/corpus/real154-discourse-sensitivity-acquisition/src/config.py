MODELS = {
    "Qwen/Qwen2.5-0.5B-Instruct": "qwen2.5-500m-instruct",
    "Qwen/Qwen2.5-0.5B": "qwen2.5-500m",
    "Qwen/Qwen2.5-1.5B-Instruct": "qwen2.5-1.5b-instruct",
    "Qwen/Qwen2.5-7B-Instruct": "qwen2.5-7b-instruct",
    "meta-llama/Meta-Llama-3-8B-Instruct": "llama-3-8b-instruct",
    "meta-llama/Meta-Llama-3-8B": "llama-3-8b",
}
