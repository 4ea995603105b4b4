CHROMA_PATH = "chroma/db"
#LLM_MODEL = 'llama-3.1-8b-instant'
# LLM_MODEL = 'llama-3.3-70b-versatile'
LLM_MODEL = 'llama-3.3-70b-specdec'
MODEL_NAME = "sentence-transformers/all-mpnet-base-v2"
RERANKING_MODEL = "jina-reranker-v2-base-multilingual"
JINA_URL = 'https://api.jina.ai/v1/rerank'
RELEVANCE_THRESHOLD = 0.2