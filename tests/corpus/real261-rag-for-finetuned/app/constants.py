EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
CHUNK_SIZE = 512
CHUNK_OVERLAP = 50
DB_PATH = "rag_database.db"
MODEL = "http://localhost:8000"
RAG_TOP_K = 5