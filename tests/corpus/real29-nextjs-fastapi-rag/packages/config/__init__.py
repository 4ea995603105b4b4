"""Centralized configuration management for nextjs-fastapi-rag.

Usage:
    from packages.config import settings

    model = settings.llm.create_model()  # For PydanticAI Agent
    batch_size = settings.embedding.batch_size
"""

# Load .env BEFORE any settings are read (must be first)
from dotenv import load_dotenv
load_dotenv()

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import List, Optional, Union


@dataclass(frozen=True)
class LLMConfig:
    """LLM model configuration with multi-provider support.

    Example - Chutes.ai:
        LLM_BASE_URL=https://myuser-my-chute.chutes.ai/v1
        LLM_MODEL=meta-llama/Llama-3.1-8B-Instruct
        LLM_API_KEY=your-chutes-api-key
    """

    provider: str = field(default_factory=lambda: os.getenv("LLM_PROVIDER", "openai"))
    model: str = field(
        default_factory=lambda: os.getenv(
            "LLM_MODEL", os.getenv("LLM_CHOICE", "gpt-4o-mini")
        )
    )
    base_url: Optional[str] = field(default_factory=lambda: os.getenv("LLM_BASE_URL"))
    api_key: Optional[str] = field(
        default_factory=lambda: os.getenv("LLM_API_KEY", os.getenv("OPENAI_API_KEY"))
    )

    @property
    def model_identifier(self) -> str:
        return f"{self.provider}:{self.model}"

    def create_model(self) -> Union[str, "OpenAIChatModel"]:  # noqa: F821
        if self.base_url:
            from pydantic_ai.models.openai import OpenAIChatModel
            from pydantic_ai.providers.openai import OpenAIProvider

            provider = OpenAIProvider(base_url=self.base_url, api_key=self.api_key or "api-key-not-set")
            return OpenAIChatModel(self.model, provider=provider)
        return self.model_identifier


@dataclass(frozen=True)
class EmbeddingConfig:
    """Embedding model configuration with multi-provider support."""

    model: str = field(
        default_factory=lambda: os.getenv("EMBEDDING_MODEL", "text-embedding-3-small")
    )
    base_url: Optional[str] = field(default_factory=lambda: os.getenv("EMBEDDING_BASE_URL"))
    batch_size: int = field(default_factory=lambda: int(os.getenv("EMBEDDING_BATCH_SIZE", "100")))
    cache_max_size: int = field(
        default_factory=lambda: int(os.getenv("EMBEDDING_CACHE_MAX_SIZE", "1000"))
    )
    tokenizer_model: str = field(
        default_factory=lambda: os.getenv(
            "EMBEDDING_TOKENIZER_MODEL", "sentence-transformers/all-MiniLM-L6-v2"
        )
    )


@dataclass(frozen=True)
class APIConfig:
    host: str = field(default_factory=lambda: os.getenv("API_HOST", "0.0.0.0"))
    port: int = field(default_factory=lambda: int(os.getenv("API_PORT", "8000")))
    cors_origins: List[str] = field(
        default_factory=lambda: os.getenv(
            "CORS_ORIGINS", "http://localhost:3000,http://localhost:3001,http://127.0.0.1:3000"
        ).split(",")
    )


@dataclass(frozen=True)
class Settings:
    llm: LLMConfig = field(default_factory=LLMConfig)
    embedding: EmbeddingConfig = field(default_factory=EmbeddingConfig)
    api: APIConfig = field(default_factory=APIConfig)


@lru_cache()
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
