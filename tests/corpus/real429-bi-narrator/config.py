# LLM provider
LLM_PROVIDER = "gemini"

# Gemini model name
GEMINI_MODEL_NAME = "gemini-2.5-flash"

# Generation defaults
MAX_OUTPUT_TOKENS = 4000
TEMPERATURE = 0.1