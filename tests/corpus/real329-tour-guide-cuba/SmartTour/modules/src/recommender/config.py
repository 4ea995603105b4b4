from sentence_transformers import SentenceTransformer

EMBEDDING_MODEL = SentenceTransformer("all-MiniLM-L6-v2")
OLLAMA_MODEL = "gemma:latest"  # Optional
