# Embedder
# EMBEDDING_MODEL = "jinaai/jina-embeddings-v2-base-en"
EMBEDDING_MODEL = "models/embedding-001"

# Retriever
COLLECTION_NAME = "prototype-gemini"

# Generator
GENERATOR_MODEL = "gemini-pro"
GENERATOR_TEMPERATURE = 0

COOKIE_NAME = "session_id"
