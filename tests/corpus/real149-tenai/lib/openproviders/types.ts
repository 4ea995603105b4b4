export type OpenAIModel =
  | "o1"
  | "o1-mini"
  | "o3-mini"
  | "gpt-4.1"
  | "gpt-4.1-mini"
  | "gpt-4.1-nano"
  | "gpt-4o"
  | "gpt-4o-2024-11-20"
  | "gpt-4o-mini"
  | "gpt-4-turbo"
  | "chatgpt-4o-latest"



export type AnthropicModel = never

export type XaiModel =
  | "grok-2-vision-1212"
  | "grok-2-1212"
  | "grok-beta"

export type OpenRouterModel =
  | "openrouter:openai/gpt-4.1"
  | "openrouter:openai/o4-mini"



export type Provider =
  | "openai"
  | "anthropic"
  | "xai"
  | "openrouter"

export type SupportedModel =
  | OpenAIModel
  | AnthropicModel
  | XaiModel
  | OpenRouterModel
