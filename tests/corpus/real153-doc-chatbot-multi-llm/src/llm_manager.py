"""
Multi-LLM manager (Gemini, Groq, Ollama)
"""
import os
import logging
from typing import Optional
import google.generativeai as genai
from groq import Groq
from .platform_utils import is_ollama_supported
from .config import DEFAULT_LLM_TEMPERATURE, DEFAULT_MAX_TOKENS

logger = logging.getLogger(__name__)

# Ollama is optional (missing on HF Spaces, for instance)
try:
    import ollama
    OLLAMA_AVAILABLE = True
except ImportError:
    OLLAMA_AVAILABLE = False
    ollama = None


class LLMManager:
    """Switches between several LLM providers."""

    def __init__(self):
        self.provider = None
        self.model_name = None
        self.client = None

    def configure(self, provider: str, model_name: str, api_key: Optional[str] = None) -> bool:
        try:
            self.provider = provider.lower()
            self.model_name = model_name
            if self.provider == "gemini":
                if not api_key:
                    return False
                genai.configure(api_key=api_key)
                self.client = genai.GenerativeModel(model_name)
            elif self.provider == "groq":
                if not api_key:
                    return False
                self.client = Groq(api_key=api_key)
            elif self.provider == "ollama":
                if not OLLAMA_AVAILABLE:
                    return False
                self.client = ollama
                try:
                    ollama.show(model_name)
                except Exception:
                    ollama.pull(model_name)
            else:
                return False
            return True
        except Exception as e:
            logger.error(f"could not configure {provider}: {e}")
            return False

    # (excerpt: generate_response / stream_response left out)

    @staticmethod
    def is_ollama_available() -> bool:
        return OLLAMA_AVAILABLE and is_ollama_supported()

    @staticmethod
    def get_available_models() -> dict:
        """Fallback model list per provider."""
        models = {
            "gemini": [
                # 2025 line-up (1.5 is deprecated)
                "gemini-2.5-flash-lite",  # fast and cheap
                "gemini-2.5-flash",       # stable Flash 2.5
                "gemini-2.5-pro",         # stable Pro with thinking
                "gemini-2.0-flash-exp",   # experimental Flash 2.0
            ],
            "groq": [
                "llama-3.3-70b-versatile",
                "llama-3.1-8b-instant",
                "mixtral-8x7b-32768",
                "gemma2-9b-it"
            ]
        }

        # Ollama only where it can run
        if LLMManager.is_ollama_available():
            models["ollama"] = [
                "llama3.2",
                "llama3.1",
                "mistral",
                "phi3",
                "qwen2.5"
            ]

        return models
