# Ollama
export OLLAMA_BASE_URL="http://localhost:11434"
export OLLAMA_MODEL="codellama:7b"
export OLLAMA_TIMEOUT="30000"

# OpenAI
export OPENAI_API_KEY="sk-..."
export OPENAI_MODEL="gpt-4-turbo"
export OPENAI_ORG="org-..."
export OPENAI_BASE_URL="https://api.openai.com/v1"  # For Azure OpenAI

# Anthropic
export ANTHROPIC_API_KEY="sk-ant-..."
export ANTHROPIC_MODEL="claude-3-sonnet-20240229"

# Google
export GOOGLE_API_KEY="..."
export GOOGLE_MODEL="gemini-1.5-pro"

# Default provider
export OLLAMA_CODE_PROVIDER="ollama"