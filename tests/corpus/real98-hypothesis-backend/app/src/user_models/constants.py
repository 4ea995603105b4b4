AVAILABLE_MODELS = {
    "openai": [
        "gpt-4-1106-preview",
        "gpt-3.5-turbo-1106",
        "gpt-4-turbo-2024-04-09",
        "gpt-4o-2024-05-13",
    ],
    "claude": [
        "claude-3-haiku-20240307",
        "claude-3-sonnet-20240229",
        "claude-3-opus-20240229",
    ]
}
