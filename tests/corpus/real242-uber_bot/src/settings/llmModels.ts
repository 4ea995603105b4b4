export const OpenAIModels = [
  'gpt-4o-mini',
  'gpt-4o'
]

export const OllamaModels = [
  'llama3.2:latest',
  'llama3.1:latest'
]

export const AnthropicModels = [
  'claude-3-7-sonnet-latest',
  'claude-3-5-haiku-latest'
]