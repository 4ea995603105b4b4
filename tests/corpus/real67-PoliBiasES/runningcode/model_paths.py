from definitions import (
     mistral_name, falcon3_name, gemma2_name, deepseek_name, llama3_name, llama2_name # llama70_name
)

MODEL_PATHS = {
    "Mistral-7B-instruct": "mistralai/Mistral-7B-Instruct-v0.1",
    "Falcon3-7B-instruct": "tiiuae/falcon-7b-instruct",
    "Gemma-2-9B-instruct": "google/gemma-2b-it",  # No official 9B; this is a placeholder if needed
    "deepseek-llm-7b-chat": "deepseek-ai/deepseek-llm-7b-chat",
    "Llama-3-8B-instruct": "meta-llama/Meta-Llama-3-8B-Instruct",
    "Aguila-7B-instruct": "edumunozsala/aguila-7b-instructft-bactrian-x",
    "Llama-2-7b": "togethercomputer/Llama-2-7B-32K-Instruct",
}

