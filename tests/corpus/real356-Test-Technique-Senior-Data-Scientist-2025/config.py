CROSS_ENCODER_MODEL = "cross-encoder/ms-marco-MiniLM-L6-v2"
# EMBEDDING_MODEL = "snowflake-arctic-embed2:568m"
EMBEDDING_MODEL = "nomic-embed-text:v1.5"
CHROMA_PERSIST = "chroma_db"
DATA_FILEPATH = "data/corpus.csv"

RRF_K = 60
MAX_CONTEXT_DOCS = 10