RETRIEVAL_TOP_N = 10
SENTENCE_TRANSFORMER = "BAAI/bge-small-en-v1.5"
METADATA_FILTERING = False

RERANKER_TOP_N = 3
RERANKER_MODEL = "rerank-english-v3.0"

DB_NAME = "my_db"
TABLE_NAME = "financial_docs"

CHAT_MODE = False
LLM_MODEL = "gpt-4o-mini"
