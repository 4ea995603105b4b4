# python 3.11
# config.py

# Sentence Transformer
MODEL_NAME = "sentence-transformers/stsb-roberta-large"

# Reranker Model
RANKER_MODEL_NAME = "ms-marco-MiniLM-L-12-v2"

# ES
HOST_URL = "http://elasticsearch:9200"
INDEX_NAME = "kb-data"
