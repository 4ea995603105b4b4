"""Ollama client wrapper with an Anthropic-compatible interface."""
import json
from dataclasses import dataclass
from typing import AsyncIterator, Optional

import requests

from config import OLLAMA_BASE_URL


@dataclass
class OllamaMessage:
    role: str
    content: str


class OllamaClient:
    """Wraps the Ollama API behind the Anthropic SDK's shape."""

    def __init__(self, model: str, base_url: Optional[str] = None):
        """
        Args:
            model: Ollama model name (e.g., 'llama3.1', 'mistral')
            base_url: Ollama server URL (default from config)
        """
        self.model = model
        self.base_url = (base_url or OLLAMA_BASE_URL).rstrip("/")
        self._validate_connection()

    def _validate_connection(self):
        try:
            response = requests.get(f"{self.base_url}/api/tags", timeout=5)
            response.raise_for_status()
            model_names = [m.get("name", "") for m in response.json().get("models", [])]
            if not any(self.model in name for name in model_names):
                print(f"Warning: model '{self.model}' not found in Ollama: {model_names}")
        except requests.RequestException as e:
            raise ConnectionError(f"Cannot connect to Ollama at {self.base_url}: {e}")

    async def _stream_chat(self, messages: list[dict], system: str = "") -> AsyncIterator[dict]:
        ollama_messages = []
        if system:
            ollama_messages.append({"role": "system", "content": system})
        for msg in messages:
            ollama_messages.append({"role": msg.get("role", "user"), "content": msg.get("content", "")})

        payload = {"model": self.model, "messages": ollama_messages, "stream": True}
        response = requests.post(f"{self.base_url}/api/chat", json=payload, stream=True, timeout=300)
        response.raise_for_status()
        for line in response.iter_lines():
            if not line:
                continue
            chunk = json.loads(line)
            if chunk.get("done"):
                break
            content = chunk.get("message", {}).get("content", "")
            if content:
                yield {"type": "content_block_delta", "delta": {"type": "text_delta", "text": content}}


def is_ollama_model(model: str) -> bool:
    """True for an Ollama model name, False for a Claude model."""
    claude_prefixes = ["claude-", "claude_"]
    return not any(model.lower().startswith(prefix) for prefix in claude_prefixes)


def get_available_ollama_models() -> list[str]:
    try:
        response = requests.get(f"{OLLAMA_BASE_URL.rstrip('/')}/api/tags", timeout=5)
        response.raise_for_status()
        return [m.get("name", "") for m in response.json().get("models", []) if m.get("name")]
    except requests.RequestException:
        return []
