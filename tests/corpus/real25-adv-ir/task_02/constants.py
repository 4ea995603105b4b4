
MODEL_SHORTCUTS = ["glove", "minil6", "minil12", "mpnetv2"]
MODEL_NAMES = ["average_word_embeddings_glove.6B.300d", "all-MiniLM-L6-v2", "all-MiniLM-L12-v2", "all-mpnet-base-v2"]
EMBEDD_DIMENSIONS = [300, 384, 384, 768]
DATA_SETS = ["cacm", "med", "npl"]
