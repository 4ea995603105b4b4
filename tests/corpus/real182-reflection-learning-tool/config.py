# Ollama API server URL
URL = "http://localhost:11434"  # Ollama's default endpoint

# Model name in Ollama
LLM_MODEL = "llama3"
# Embedding model for ChromaDB
EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

# Directory for ChromaDB persistence
CHROMA_DB_DIR = "./db" 
