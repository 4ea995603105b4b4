# Model config
EMBEDDING_MODEL = "nomic-embed-text"   # hoặc model embed từ Ollama
LANGUAGE_MODEL = "mistral"              # Ollama LLM model

# Vectorstore config
PERSIST_DIR = "vectorstores"

# Chunk config
CHUNK_SIZE = 512
CHUNK_OVERLAP = 200
