# used both when indexing and at query time
EMBEDDING_MODEL_NAME = 'BAAI/bge-m3'

# query time
N_EMBEDDING_RESULTS = 10
N_RERANK_RESULTS = 5
USE_RERANKER = True
ELBOW = True  # elbow cut-off for both stages
MOST_RELEVANT_AT_THE_TOP = False
RERANKING_MODEL = 'BAAI/bge-reranker-v2-m3'  # tried before: 'ms-marco-MultiBERT-L-12'

# indexing
CHUNK_SIZE = 400
CHUNK_OVERLAP = 0
SPLITTER_SEPARATORS = ["\n", '**', '#']
RAG_COLLECTION_NAME = f'cards_{CHUNK_SIZE}_{CHUNK_OVERLAP}'
