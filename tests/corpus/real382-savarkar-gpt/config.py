OLLAMA_MODEL = "gemma3:4b"  # Or your chosen Ollama model, e.g., "mistralai/Mistral-7B-Instruct-v0.2"
EMBEDDING_MODEL = "all-mpnet-base-v2"  # Sentence transformer model
CHROMA_DB_PATH = "chroma_db" # Folder to store chroma db information