interface Env {
  MODEL_PROVIDER: string;

  ANTHROPIC_API_KEY: string;
  ANTHROPIC_MODEL_NAME: string;

  OPENAI_URL: string;
  OEPNAI_API_KEY: string;
  OPENAI_MODEL_NAME: string;
}
