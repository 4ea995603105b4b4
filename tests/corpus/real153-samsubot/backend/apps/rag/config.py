# apps/rag/config.py

EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
VECTOR_DB_PATH = "apps/rag/chroma_db"
CHUNK_SIZE = 500
CHUNK_OVERLAP = 50
