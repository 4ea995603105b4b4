"""
Application configuration settings.
"""
import os
from pathlib import Path

from dotenv import load_dotenv

load_dotenv()

# base directory inside the container
BASE_DIR = Path(os.getenv("APP_HOME", "/app"))

APP_NAME = "GeNotes API"
APP_VERSION = "0.1.0"
DEBUG = os.getenv("DEBUG", "False").lower() in ("true", "1", "t")

API_PREFIX = "/api"

# Model settings
EMBEDDING_MODEL = os.getenv("EMBEDDING_MODEL", "mxbai-embed-large")
CHAT_MODEL = os.getenv("CHAT_MODEL", "llama3.2:3b")
MODEL_PROVIDER = os.getenv("MODEL_PROVIDER", "ollama")
OLLAMA_API_BASE_URL = os.getenv("OLLAMA_API_BASE_URL", "http://localhost:11434")

DATABASE_URL = os.getenv("DATABASE_URL", f"sqlite:///{BASE_DIR}/genotes.db")

DATA_DIR = Path(os.getenv("DATA_DIR", "/data"))
DATA_DIR.mkdir(parents=True, exist_ok=True)

# Vector store settings
CHROMA_DB_PATH = os.getenv("CHROMA_DB_PATH", str(DATA_DIR / "chromadb"))
COLLECTION_NAME = os.getenv("COLLECTION_NAME", "rag_data")
DATASETS_PATH = os.getenv("DATASETS_PATH", str(DATA_DIR / "datasets"))

Path(CHROMA_DB_PATH).mkdir(parents=True, exist_ok=True)
Path(DATASETS_PATH).mkdir(parents=True, exist_ok=True)

SECRET_KEY = os.getenv("SECRET_KEY", "your-secret-key-here")
ALGORITHM = "HS256"
CORS_ORIGINS = os.getenv("CORS_ORIGINS", "*").split(",")
