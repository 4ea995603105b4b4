MODEL_NAME = "llama3:latest"
EMBEDDING_MODEL = "BAAI/bge-base-en-v1.5"
NER_MODEL = "dslim/bert-large-NER"
CUDA_ENABLED = False

RAG_BATCH_SIZE = 32

RECORDS_DATABASE = ".cache/record_manager_cache.db"