
# config.py
LLM_MODEL = "llama3:8b"
EMBEDDING_MODEL = "all-MiniLM-L6-v2"
PROMPTS_DIR = "prompts"
INPUT_DATA_DIR = "data/input_markdown"
RAG_STORAGE_DIR = "data/rag_storage"
MCP_SERVER_URL = "http://127.0.0.1:8000"
