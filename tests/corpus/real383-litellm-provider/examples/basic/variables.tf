variable "litellm_api_key" {
  description = "API Key for LiteLLM"
  type        = string
}

variable "openai_api_key" {
  description = "API Key for OpenAI"
  type        = string
}
