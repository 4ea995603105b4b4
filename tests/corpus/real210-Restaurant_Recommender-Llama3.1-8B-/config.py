OLLAMA_MODEL = "llama3.1:8b"
EMBED_MODEL = "all-MiniLM-L6-v2"
DATA_FILE = "zomato.csv"
DB_PATH = "./chroma_db_zomato"
TOP_K = 5
OLLAMA_HOST_URL = "http://localhost:11434" 