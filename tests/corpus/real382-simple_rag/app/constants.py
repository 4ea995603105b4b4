CHROMA_PATH = "./store"
CHROMA_COLLECTION = "embeddings"

EMBEDDINGS_MODEL = "snowflake-arctic-embed2:latest"

RECORD_MANAGER = "sqlite+aiosqlite:///record_manager_cache.sql"

LLM_MODEL = "gemma3:4b"
