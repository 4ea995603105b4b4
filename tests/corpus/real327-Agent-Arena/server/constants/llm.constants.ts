/** OpenRouter API key — set in .env as OPENROUTER_API_KEY. */
export const OPENROUTER_API_KEY = process.env.OPENROUTER_API_KEY;

/** Default model to use when none is specified. */
export const DEFAULT_LLM_MODEL = "deepseek/deepseek-r1-0528:free";
