# List of open-source embedding models
MODEL_REGISTRY = {
    "bge": "BAAI/bge-base-en",
    "e5": "intfloat/e5-base-v2",
    "gte": "thenlper/gte-base",
    "nomic": "nomic-ai/nomic-embed-text-v1",
    "sentence_bert": "sentence-transformers/all-MiniLM-L6-v2",
    "mixedbread": "mixedbread-ai/mxbai-embed-large-v1",
    "stella": "NovaSearch/stella_en_1.5B_v5",
}