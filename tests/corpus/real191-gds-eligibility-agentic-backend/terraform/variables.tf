variable "bedrock_agent_foundation_model" {
  description = "The foundation model for the Bedrock agent."
  type        = string
  default     = "eu.anthropic.claude-sonnet-4-5-20250929-v1:0"
}
