import os
from typing import Any, Dict

from dotenv import load_dotenv

load_dotenv()


class Config:
    # Vector store
    QDRANT_URL = os.getenv("QDRANT_URL", "http://qdrant:6333")
    QDRANT_COLLECTION = os.getenv("QDRANT_COLLECTION", "company_policies")

    # OpenAI
    OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
    OPENAI_MODEL = os.getenv("OPENAI_MODEL", "gpt-4o")
    OPENAI_EMBEDDING_MODEL = os.getenv("OPENAI_EMBEDDING_MODEL", "text-embedding-3-small")

    # RAG - stricter threshold so company docs win
    CHUNK_SIZE = int(os.getenv("CHUNK_SIZE", "1000"))
    CHUNK_OVERLAP = int(os.getenv("CHUNK_OVERLAP", "150"))
    TOP_K_RETRIEVAL = int(os.getenv("TOP_K_RETRIEVAL", "6"))
    SIMILARITY_THRESHOLD = float(os.getenv("SIMILARITY_THRESHOLD", "0.8"))

    MAX_HISTORY_LENGTH = int(os.getenv("MAX_HISTORY_LENGTH", "10"))
    TEMPERATURE = float(os.getenv("TEMPERATURE", "0.7"))

    ENABLE_SELF_TRAINING = os.getenv("ENABLE_SELF_TRAINING", "true").lower() == "true"

    REDIS_URL = os.getenv("REDIS_URL", "redis://redis:6379")
    DATA_DIR = os.getenv("DATA_DIR", "/app/data")
    LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")

    @classmethod
    def get_llm_config(cls) -> Dict[str, Any]:
        return {
            "model": cls.OPENAI_MODEL,
            "temperature": cls.TEMPERATURE,
            "embedding_model": cls.OPENAI_EMBEDDING_MODEL,
        }
