# Paths and folders
CHROMA_PATH = "./chroma_db"
DATA_FOLDER = "./data"

# LLM settings (adjust as needed)
CHAT_MODEL = "llama3.1:latest"            # model that writes the answers
EMBEDDING_MODEL = "mxbai-embed-large:latest"   # embedding model served by Ollama
