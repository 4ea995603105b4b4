# Centralized config
DATA_PATH = "./data"
CHROMA_PATH = "./chroma_store"
EMBED_MODEL = "nomic-embed-text"
LLM_MODEL = "llama3.2"
