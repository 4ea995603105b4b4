# Embedding model and LLM model
EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
LLM_MODEL = "mistral-nemo"

# Config params for RAG search
DEFAULT_RESULTS_PER_SEARCH = 10
