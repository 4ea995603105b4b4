EMBEDDING_MODEL = "all-MiniLM-L6-v2"
EMBEDDING_DIM = 384

FAISS_INDEX_PATH = "data/faiss.index"
EMBEDDINGS_PATH = "data/embeddings.npy"
CORPUS_PATH = "data/corpus.csv"

N_LIST = 100   # IVF clusters
N_PROBE = 10      # Search probes
TOP_K = 5
