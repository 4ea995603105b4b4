# config.py
QDRANT_DB_PATH = "qdrant_data"
QDRANT_PATH = "qdrant_data"
COLLECTION_NAME = "rag_collection"
EMBEDDING_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
LLM_MODEL_NAME = "llama3.2"
