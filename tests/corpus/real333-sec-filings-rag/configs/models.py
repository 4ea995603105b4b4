EMBEDDING_MODEL_NAME = "nomic-ai/nomic-embed-text-v1"
EMBEDDING_MODEL_ALIAS = "nomic-embed-text"

VISION_MODEL = "qwen2.5vl:3b"
AGENT_MODEL = "qwen2.5:7b"
GENERATOR_MODEL = "qwen2.5vl:7b"
OLLAMA_HOST = "http://ollama:11434/"

BATCH_SIZE = 128
