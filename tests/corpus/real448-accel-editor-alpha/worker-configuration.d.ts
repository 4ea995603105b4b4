interface Env {
  ANTHROPIC_API_KEY: string;
  OPENAI_API_KEY: string;
  GEMINI_API_KEY: string;
  LLM_PROVIDER: string;
  LLM_MODEL: string;
  LLM_MAX_TOKENS: string;
}
