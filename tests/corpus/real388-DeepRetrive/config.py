# configuration settings


# config.py

VECTOR_DB_PATH = "faiss_index"
EMBEDDING_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"  # HuggingFace model
LLM_MODEL = "ollama/deepseek-r1"  # Change as needed
