gemma3_config = {
    "config_list": [
        {
            "model": "gemma3",
            "base_url": "http://localhost:11434/v1",
            "api_key": "ollama",
        }
    ]
}

llama_groq_config = {
    "config_list": [
        {
            "model": "llama3-groq-tool-use",
            "base_url": "http://localhost:11434/v1",
            "api_key": "ollama",
        }
    ]
}

llama_3_1_config = {
    "config_list": [
        {
            "model": "llama3.1",
            "base_url": "http://localhost:11434/v1",
            "api_key": "ollama"
        }

    ]
}