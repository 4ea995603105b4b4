// OpenRouter config: default values for API key and model

export const DEFAULT_OPENROUTER_API_URL = "https://openrouter.ai/api/v1/chat/completions";
export const DEFAULT_OPENROUTER_API_KEY = "";
export const DEFAULT_OPENROUTER_MODEL = "meta-llama/llama-4-scout:free";
