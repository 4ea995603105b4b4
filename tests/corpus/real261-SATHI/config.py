# --- Configuration ---
OLLAMA_URL = "http://localhost:11434"
OLLAMA_EMBED_MODEL = "nomic-embed-text"
OLLAMA_CHAT_MODEL = "llama3.2:1b"
QDRANT_COLLECTION = "pdf_rag_store"