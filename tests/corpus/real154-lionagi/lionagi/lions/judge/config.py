judge_model_config = {
    "model": "gpt-4o-mini",
    "temperature": 0.1,
    "api_key_schema": "OPENAI_API_KEY",
    "max_tokens": 1000,
    "costs": (0.15, 0.6),
    "top_p": 0.9,
}
