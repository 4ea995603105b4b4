# Ollama Model Configuration
config_list = [
    {
        "model": "gemma3:1b-it-qat",  # Make sure this model is pulled in Ollama
        "api_type": "ollama",
        "client_host": "http://127.0.0.1:11434",  # Ollama host
    }
]
