embedding_models = [
    "intfloat/e5-base-v2",
    "BAAI/bge-base-en-v1.5",
    "sentence-transformers/all-mpnet-base-v2",
    "jinaai/jina-embeddings-v2-base-en",
    "intfloat/e5-large-v2",
    "BAAI/bge-large-en-v1.5"
]
default_model = "intfloat/e5-base-v2"
