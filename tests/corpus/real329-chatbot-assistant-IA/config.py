CHUNK_SIZE = 500
CHUNK_OVERLAP = 50
TOP_K = 1
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
SIMILARITY_METRIC = "cosine"
OLLAMA_URL = "http://localhost:11434/api/chat"
OLLAMA_MODEL = "gemma:2b"