"""LLM and embedding factories. Keep every provider-specific import inside its branch."""
from __future__ import annotations

import os
from functools import lru_cache

from .settings import settings

FALLBACK_MODELS = [
    "gpt-4o",
    "claude-3-5-sonnet-20241022",
    "gemini-1.5-pro",
    "mistral-large-latest",
]

OLLAMA_MODELS = {
    "fast": "phi3:mini",
    "default": "llama3.1:8b",
    "code": "qwen2.5-coder:7b-instruct-q4_K_M",
    "hf-gguf": "hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M",
}


@lru_cache
def get_llm(provider: str | None = None):
    provider = provider or settings.llm_provider
    if provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(model=settings.ollama_model, base_url=settings.ollama_host, temperature=0.1)
    if provider == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(model="gpt-4o-mini", temperature=0, max_retries=2)
    if provider == "anthropic":
        from langchain_anthropic import ChatAnthropic

        return ChatAnthropic(model_name="claude-3-5-haiku-20241022", max_tokens=1024)
    if provider == "google":
        from langchain_google_genai import ChatGoogleGenerativeAI

        return ChatGoogleGenerativeAI(model="gemini-1.5-flash")
    if provider == "mistral":
        from langchain_mistralai import ChatMistralAI

        return ChatMistralAI(model="mistral-large-latest")
    if provider == "hf":
        from langchain_huggingface import HuggingFaceEndpoint

        return HuggingFaceEndpoint(
            repo_id="HuggingFaceH4/zephyr-7b-beta",
            task="text-generation",
            max_new_tokens=512,
        )
    raise ValueError(f"unknown provider {provider!r}; expected ollama/openai/anthropic/hf")


@lru_cache
def get_embeddings(kind: str = "hf"):
    if kind == "openai":
        from langchain_openai import OpenAIEmbeddings

        return OpenAIEmbeddings(model="text-embedding-3-small")
    if kind == "ollama":
        from langchain_ollama import OllamaEmbeddings

        return OllamaEmbeddings(model="nomic-embed-text")
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=os.getenv("EMBEDDING_MODEL", "sentence-transformers/all-mpnet-base-v2"),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True},
    )


def get_reranker():
    from sentence_transformers import CrossEncoder

    return CrossEncoder(settings.reranker_model, max_length=512)
