LANGUAGE_MODELS = {
    "default": "mistralai/Mistral-7B-Instruct-v0.2",
    "mixtral": "mistralai/Mixtral-8x7B-Instruct-v0.1",
    "llama70b": "meta-llama/Llama-2-70b-hf",
    "llama13b": "meta-llama/Llama-2-13b-hf",
    "gpt-4": "gpt-4"
}
