
# ===== MODEL SETTINGS =====

EMBEDDING_MODEL = "BAAI/bge-small-en-v1.5"
LLM_MODEL = "google/flan-t5-small"

# ===== TEXT SPLITTING =====

CHUNK_SIZE = 800
CHUNK_OVERLAP = 100

# ===== RETRIEVAL =====

TOP_K = 4

# ===== GENERATION =====

MAX_NEW_TOKENS = 150

