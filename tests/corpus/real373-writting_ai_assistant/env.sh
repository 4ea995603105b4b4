# Set up API keys (use one or both)
export OPENAI_API_KEY=""
export GOOGLE_API_KEY=""

# Optional: Set default provider
export LLM_PROVIDER=gemini  # openai or gemini