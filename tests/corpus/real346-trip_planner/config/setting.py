# config/settings.py
CHROMA_DB_DIR = "./chroma_db"
EMBEDDING_MODEL = "all-MiniLM-L6-v2"
TOP_K = 3

# You can add more settings like default travel parameters
DEFAULT_TRAVELERS = 1
DEFAULT_BUDGET = 10000
