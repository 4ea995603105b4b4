# Default models priority list
DEFAULT_MODELS = [
    "x-ai/grok-4-fast:free",
    "deepseek/deepseek-r1:free",
    "deepseek/deepseek-chat-v3-0324:free",
    "meta-llama/llama-4-maverick:free",
    "meta-llama/llama-4-scout:free",
    "openai/gpt-oss-120b:free",
]

OPENROUTER_ENDPOINT = "https://openrouter.ai/api/v1/chat/completions"
