LLM_MODEL = "llama3:8b"
EMBEDDING_MODEL = "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2"
RERANKER_MODEL = "cross-encoder/mmarco-mMiniLMv2-L12-H384-v1"  # Multilingue IT/ES/PT/EN
API_BASE_URL = "http://127.0.0.1:8000"
DEFAULT_LANGUAGE = "it"  # Default language: "en" or "it"