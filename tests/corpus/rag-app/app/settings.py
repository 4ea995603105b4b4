"""Runtime settings, read from the environment (see ../.env)."""
from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="RAG_")

    llm_provider: str = "ollama"  # ollama | openai | anthropic | hf
    ollama_host: str = "http://localhost:11434"
    ollama_model: str = "llama3.1:8b"
    openai_model: str = Field(default="gpt-4o-mini")
    anthropic_model: str = Field(default="claude-3-5-sonnet-20241022", description="fallback LLM")
    embedding_model: str = Field(default="BAAI/bge-small-en-v1.5")
    reranker_model: str = "cross-encoder/ms-marco-MiniLM-L-6-v2"
    hf_llm: str = "mistralai/Mistral-7B-Instruct-v0.3"
    vector_store_path: str = "./storage/chroma"
    docs_dir: str = "data/docs"
    chunk_size: int = 512
    chunk_overlap: int = 64
    request_content_type: str = "application/json"


settings = Settings()
