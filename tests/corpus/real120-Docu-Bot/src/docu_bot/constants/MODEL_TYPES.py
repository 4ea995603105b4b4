DEFAULT_EMBED_MODEL = "all-mpnet-base-v1"
DEFAULT_EMBED_LOC = "http://147.251.245.252:5001/v1"
LLM_MODELS = {
    "gpt-4o": None,
    "gpt-4o-mini": None,
    "o3-mini": None,
    "llama3.3:latest": "https://chat.ai.e-infra.cz/api/",
    "llama3.3:70b-instruct-fp16": "https://chat.ai.e-infra.cz/api/",
    "deepseek-r1:32b-qwen-distill-fp16": "https://chat.ai.e-infra.cz/api/",
    "qwen2.5-coder:32b-instruct-q8_0": "https://chat.ai.e-infra.cz/api/",
    "aya-expanse:latest": "https://chat.ai.e-infra.cz/api/",
    "Llama-3.2-1B": "http://147.251.245.252:5000/v1",
    "Llama-3.2-3B": "http://147.251.245.252:5000/v1",
}
