# LLM Settings
# LLM_PROVIDER="gemini"
# MODEL_ID = "models/gemini-1.5-flash"

LLM_PROVIDER="openai"
MODEL_ID = "gpt-4o"
TEMPERATURE = 0.8

# Agent Settings
AGENT_TYPE = "LLMCompilerAgent"