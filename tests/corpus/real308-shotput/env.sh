export PROMPT_PATH="./prompt.md"
export MAX_PROMPT_LENGTH=100000

export LLM_INTERFACE_URL="http://localhost:11434"
export LLM_INTERFACE_LLM_MODEL="deepseek-r1:1.5b"
export TEMPERATURE=0.7
export TOP_P=0.9
export MAX_TOKENS=1024000000000

export RESPONSE_DIR="./responses"
