"""Provider routing for the LangGraph agent: picks a backend from env vars."""

import os
import logging
from enum import Enum
from typing import Any, Dict, Optional

import requests

logger = logging.getLogger(__name__)


class ModelProvider(Enum):
    OLLAMA = "ollama"
    OPENAI = "openai"
    ANTHROPIC = "anthropic"
    GROQ = "groq"
    TOGETHER = "together"


class ModelManager:
    def __init__(self):
        self.providers: Dict[ModelProvider, Dict[str, Any]] = {}
        self._setup_providers()

    def _setup_providers(self):
        ollama_url = os.getenv("OLLAMA_BASE_URL")
        if ollama_url:
            self.providers[ModelProvider.OLLAMA] = {
                "base_url": ollama_url,
                "model": os.getenv("OLLAMA_MODEL", "phi3:mini"),
                "api_key": None,
            }

        if key := os.getenv("OPENAI_API_KEY"):
            self.providers[ModelProvider.OPENAI] = {
                "base_url": os.getenv("OPENAI_BASE_URL", "https://api.openai.com/v1"),
                "model": os.getenv("OPENAI_MODEL", "gpt-3.5-turbo"),
                "api_key": key,
            }

        if key := os.getenv("ANTHROPIC_API_KEY"):
            self.providers[ModelProvider.ANTHROPIC] = {
                "base_url": os.getenv("ANTHROPIC_BASE_URL", "https://api.anthropic.com"),
                "model": os.getenv("ANTHROPIC_MODEL", "claude-3-haiku-20240307"),
                "api_key": key,
            }

        if key := os.getenv("GROQ_API_KEY"):
            self.providers[ModelProvider.GROQ] = {
                "base_url": os.getenv("GROQ_BASE_URL", "https://api.groq.com/openai/v1"),
                "model": os.getenv("GROQ_MODEL", "llama3-8b-8192"),
                "api_key": key,
            }

        if key := os.getenv("TOGETHER_API_KEY"):
            self.providers[ModelProvider.TOGETHER] = {
                "base_url": os.getenv("TOGETHER_BASE_URL", "https://api.together.xyz/v1"),
                "model": os.getenv("TOGETHER_MODEL", "meta-llama/Llama-2-7b-chat-hf"),
                "api_key": key,
            }

        if not self.providers:
            logger.warning("No model providers configured")

    def get_primary_provider(self) -> Optional[ModelProvider]:
        wanted = [p.strip() for p in os.getenv("MODEL_PROVIDER_PRIORITY", "").lower().split(",") if p.strip()]
        for name in wanted:
            for provider in ModelProvider:
                if provider.value == name and provider in self.providers:
                    return provider
        for provider in (ModelProvider.OPENAI, ModelProvider.ANTHROPIC, ModelProvider.GROQ,
                         ModelProvider.TOGETHER, ModelProvider.OLLAMA):
            if provider in self.providers:
                return provider
        return None

    def call_model(self, prompt: str, thread_id: str, provider: Optional[ModelProvider] = None) -> str:
        provider = provider or self.get_primary_provider()
        if provider is None:
            return "No model providers are configured."
        config = self.providers[provider]
        if provider == ModelProvider.OLLAMA:
            return self._call_ollama(prompt, config)
        if provider == ModelProvider.ANTHROPIC:
            return self._call_anthropic(prompt, config)
        return self._call_openai_compatible(prompt, config)

    def _call_ollama(self, prompt: str, config: Dict[str, Any]) -> str:
        payload = {"model": config["model"], "prompt": prompt, "stream": False}
        r = requests.post(f"{config['base_url']}/api/generate", json=payload, timeout=(10, 180))
        r.raise_for_status()
        return r.json().get("response", "").strip()

    def _call_openai_compatible(self, prompt: str, config: Dict[str, Any]) -> str:
        payload = {
            "model": config["model"],
            "messages": [{"role": "user", "content": prompt}],
            "temperature": float(os.getenv("MODEL_TEMPERATURE", "0.7")),
        }
        headers = {"Authorization": f"Bearer {config['api_key']}", "Content-Type": "application/json"}
        r = requests.post(f"{config['base_url']}/chat/completions", json=payload, headers=headers, timeout=60)
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"].strip()

    def _call_anthropic(self, prompt: str, config: Dict[str, Any]) -> str:
        payload = {
            "model": config["model"],
            "max_tokens": int(os.getenv("MODEL_MAX_TOKENS", "500")),
            "messages": [{"role": "user", "content": prompt}],
        }
        headers = {
            "Content-Type": "application/json",
            "x-api-key": config["api_key"],
            "anthropic-version": "2023-06-01",
        }
        r = requests.post(f"{config['base_url']}/v1/messages", json=payload, headers=headers, timeout=60)
        r.raise_for_status()
        return r.json()["content"][0]["text"].strip()


model_manager = ModelManager()
