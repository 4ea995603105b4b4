MODEL_IDS = {
    # "mistral_7b_instruct": "mistralai/Mistral-7B-Instruct-v0.3",
    "qwen_3_8b": "Qwen/Qwen3-8B",
    "qwen_3_32b": "Qwen/Qwen3-32B",
    "llama_3_8b_instruct": "meta-llama/Meta-Llama-3.1-8B-Instruct",
    "llama_3_70b_instruct": "meta-llama/Meta-Llama-3.7-70B-Instruct",
    # "gpt_oss_20b": "openai/gpt-oss-20b",
    # "gpt_oss_120b": "openai/gpt-oss-120b",
}
