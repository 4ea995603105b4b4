# path to the created database
VECTOR_DB_PATH="prototype"


# The LLM model to be used for RAG
MODEL_NAME="llama3.1:8b"       

# The model to use in sentence-transformers for creation embedding
EMBEDDING_MODEL="jinaai/jina-embeddings-v3"