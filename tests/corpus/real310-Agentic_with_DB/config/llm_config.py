llm_config = {
    "config_list": [
        {
            "model": "llama3.1:8b",
            "base_url": "http://localhost:11434/v1",
            "api_key": "ollama",
            "price": [0.0, 0.0],
        }
    ],
    "timeout": 45,
    "temperature": 0.0,
    "max_tokens": 256,
}
