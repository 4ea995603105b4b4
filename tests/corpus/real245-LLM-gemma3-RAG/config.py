# Embeddings Model
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"

# Text Chunking Parameters
CHUNK_SIZE = 1000
CHUNK_OVERLAP = 100

# Retrieval Settings
RETRIEVAL_K = 3  # Number of most relevant chunks to fetch
