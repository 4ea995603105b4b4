class Config:
    QDRANT_URL = "http://localhost:6333"
    COLLECTION_NAME = "test_collection_1"
    EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
    LLAMA_MODEL = "llama3.2:1b"