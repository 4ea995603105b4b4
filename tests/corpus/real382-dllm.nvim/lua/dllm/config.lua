


return {
  default_provider = "anthropic",
  temperature = 0.0,
  max_tokens = 3000,
  openai = {
    default_model = "gpt-4"
  },
  anthropic = {
    default_model = "claude-3"
  }
}
