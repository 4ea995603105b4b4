LARGE_LANGUAGE_MODEL = "mistral-small-latest"  # Alternative: large
EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
RETRIEVE_N_CHUNKS = 5

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
