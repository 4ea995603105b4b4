SUPPORTED_MODELS = {
    "Azure": [
        "gpt-3.5-turbo",
        "gpt-4o",
    ],
    "OpenAI": [
        "gpt-3.5-turbo",
        "gpt-4o",
    ],
    "Cohere": [
        "command-r-plus",
    ],
    "Ollama": [
        "mistral",
        "samantha-mistral",
        "aya",
    ],
}
