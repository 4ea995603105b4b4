PROVIDERS = [
    {"name": "OpenAI", "value": "openai"},
    {"name": "Anthropic", "value": "anthropic"},
    {"name": "Google", "value": "google"},
    {"name": "Azure/OpenAI", "value": "azure_openai"},
]

PROVIDER_SETUP = [
    {"name": "OpenAI", "value": "openai", "openai_api_key": ""},
    {"name": "Anthropic", "value": "anthropic", "anthropic_api_key": ""},
    {"name": "Gemini", "value": "gemini", "gemini_api_key": ""},
    {"name": "Azure/OpenAI", "value": "azure_openai", "azure_openai_api_key": "", "azure_api_base": "", "azure_api_version": ""},
]