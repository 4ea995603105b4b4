# Models to benchmark (OpenRouter slugs)
# edit this list to add or drop models

MODELS = [
    #openai
    "openai/gpt-3.5-turbo",
    "openai/gpt-4o",
    "openai/gpt-4o-mini",
    "openai/gpt-4.1",
    "openai/o3",

    #anthropic
    "anthropic/claude-3-haiku",
    # "anthropic/claude-3-opus",
    "anthropic/claude-3.5-sonnet",
    "anthropic/claude-3.7-sonnet:thinking",
    "anthropic/claude-sonnet-4",
    "anthropic/claude-opus-4.5",

    #google
    "google/gemini-2.0-flash-exp:free",
    "google/gemini-2.5-flash",
    "google/gemini-2.5-pro",
]
