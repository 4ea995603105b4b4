"""Embeddings for uploaded documents (OpenAI when a key is set, hash fallback otherwise)."""

import hashlib
import logging
import os
from typing import List, Optional

import requests

logger = logging.getLogger(__name__)


class EmbeddingService:
    def __init__(self):
        self.chunk_size = int(os.getenv("EMBEDDING_CHUNK_SIZE", "1000"))
        self.chunk_overlap = int(os.getenv("EMBEDDING_CHUNK_OVERLAP", "200"))

    def generate_embedding(self, text: str, provider: Optional[str] = None) -> List[float]:
        if provider is None and "OPENAI_API_KEY" in os.environ:
            provider = "openai"
        try:
            if provider == "openai":
                return self._generate_openai_embedding(text)
        except Exception as exc:  # fall back below
            logger.error("embedding failed: %s", exc)
        return self._generate_simple_embedding(text)

    def _generate_openai_embedding(self, text: str) -> List[float]:
        api_key = os.getenv("OPENAI_API_KEY")
        base_url = os.getenv("OPENAI_BASE_URL", "https://api.openai.com/v1")
        model = os.getenv("OPENAI_EMBEDDING_MODEL", "text-embedding-ada-002")
        response = requests.post(
            f"{base_url}/embeddings",
            json={"input": text, "model": model},
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=30,
        )
        response.raise_for_status()
        return response.json()["data"][0]["embedding"]

    def _generate_simple_embedding(self, text: str) -> List[float]:
        digest = hashlib.sha256(text.encode()).hexdigest()
        values = [(int(digest[i:i + 2], 16) - 127.5) / 127.5 for i in range(0, len(digest), 2)]
        while len(values) < 1536:
            values.extend(values[:32])
        return values[:1536]

    def extract_text_content(self, file_content: bytes, content_type: str) -> str:
        if content_type.startswith("text/"):
            return file_content.decode("utf-8", errors="ignore")
        if content_type == "application/pdf":
            return f"[PDF Document - {len(file_content)} bytes]"
        if content_type in ["application/msword",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]:
            return f"[Word Document - {len(file_content)} bytes]"
        return file_content.decode("utf-8", errors="ignore")

    def chunk_text(self, text: str) -> List[str]:
        chunks, start = [], 0
        while start < len(text):
            end = min(start + self.chunk_size, len(text))
            chunks.append(text[start:end].strip())
            start = max(start + 1, end - self.chunk_overlap)
        return [c for c in chunks if c]


embedding_service = EmbeddingService()
