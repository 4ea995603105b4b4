export LLM_PROVIDER=deepseek  # 'deepseek', 'openai', 'anthropic'

export OPENAI_MODEL=gpt-4o-2024-05-13
export ANTHROPIC_MODEL=claude-3-5-sonnet-20240620
export DEEPSEEK_MODEL=deepseek-coder # 'deepseek-coder', 'deepseek-chat'

export DEEPSEEK_API_URL=https://api.deepseek.com

export CODE_REFERENCES_DIR=$(pwd)/references
export CODE_OUTPUT_DIR=$(pwd)/../../byteboss_agent
export LOGS_DIR=$(pwd)/logs
