# LLM configuration
LLM_MODEL = "mistral:7b"

# Embedding model
EMBEDDING_MODEL = "mxbai-embed-large"

# Chunk settings
CHUNK_SIZE = 600
CHUNK_OVERLAP = 120

# Retrieval settings
TOP_K = 5

# Data folder
DATA_PATH = "data"

# Optional (future persistent)
PERSIST_DIRECTORY = "chroma_db"
