"""Simple LLM backend selector.

Supports:
- OpenAI
- Ollama
- Placeholder (offline stub)
"""

from typing import Optional

import requests
from openai import OpenAI


class PlaceholderLLM:
    """Offline placeholder used when no real LLM is configured."""

    def generate(self, prompt: str) -> str:
        return "This is a placeholder response. Configure OpenAI or Ollama for real LLM answers."


class OpenAILLM:
    """Backend using the OpenAI Chat Completions API."""

    def __init__(self, api_key: Optional[str]) -> None:
        if not api_key:
            raise ValueError("OpenAI API key is required for the OpenAI backend.")
        self.client = OpenAI(api_key=api_key)

    def generate(self, prompt: str) -> str:
        response = self.client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": prompt}],
        )
        return response.choices[0].message["content"]  # type: ignore[index]


class OllamaLLM:
    """Backend using a local Ollama server."""

    def generate(self, prompt: str) -> str:
        try:
            response = requests.post(
                "http://localhost:11434/api/generate",
                json={"model": "llama3", "prompt": prompt},
                timeout=60,
            )
            return response.json().get("response", "")
        except Exception as exc:  # connection problems
            return f"Error: Could not reach Ollama server ({exc}). Is it running?"


def select_backend(name: str, api_key: Optional[str] = None):
    """Return a backend instance for 'OpenAI', 'Ollama' or anything else (placeholder)."""
    if name == "OpenAI":
        return OpenAILLM(api_key)
    if name == "Ollama":
        return OllamaLLM()
    return PlaceholderLLM()
