
# Model Configuration
LLM_MODEL = "llama3.1"  # Requires: ollama pull llama3.1
EMBEDDING_MODEL = "all-MiniLM-L6-v2"  # SentenceTransformers model

# Vector Store Settings
VECTOR_DB_Path = "faiss_index"
