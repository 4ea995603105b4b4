## OpenAI Details
OPENAI_MODEL = "gpt-4-0125-preview"
OPENAI_API_KEY = ""

## MistralAI Details
MISTRALAI_MODEL = "mistral-large-latest"
MISTRALAI_API_KEY = ""

## AnthropicAI Details
ANTHROPICAI_MODEL = "claude-3-opus-20240229"
ANTHROPICAI_API_KEY = ""

## Choose Your Provider: openai, mistral or anthropic
PROVIDER = "anthropic"

## Generation Details
OUTPUT_FILE_PATH = "dataset.jsonl"
NUM_WORKERS = 4
