"""Unit tests for LLM settings in src.config.settings module."""

import unittest
from unittest.mock import patch

from src.config.settings import get_settings


class TestLLMSettings(unittest.TestCase):
    def test_llm_provider_default_is_openai(self):
        with patch.dict("os.environ", {}, clear=False):
            settings = get_settings()
            self.assertEqual(settings.LLM_PROVIDER, "openai")

    def test_ollama_model_default_is_llama3_2(self):
        """Test default value for OLLAMA_MODEL is 'llama3.2'."""
        with patch.dict("os.environ", {}, clear=False):
            settings = get_settings()
            self.assertEqual(settings.OLLAMA_MODEL, "llama3.2")

    def test_ollama_base_url_default(self):
        with patch.dict("os.environ", {}, clear=False):
            settings = get_settings()
            self.assertEqual(settings.OLLAMA_BASE_URL, "http://localhost:11434")

    def test_ollama_timeout_correctly_cast_to_float(self):
        with patch.dict("os.environ", {"OLLAMA_TIMEOUT": "45.5"}, clear=False):
            settings = get_settings()
            self.assertEqual(settings.OLLAMA_TIMEOUT, 45.5)
            self.assertIsInstance(settings.OLLAMA_TIMEOUT, float)

    def test_ollama_model_env_override(self):
        with patch.dict("os.environ", {"OLLAMA_MODEL": "mistral"}, clear=False):
            settings = get_settings()
            self.assertEqual(settings.OLLAMA_MODEL, "mistral")

    def test_multiple_llm_env_overrides_together(self):
        env_vars = {
            "LLM_PROVIDER": "ollama",
            "OLLAMA_MODEL": "neural-chat",
            "OLLAMA_BASE_URL": "http://gpu-server:11434",
            "OLLAMA_TIMEOUT": "60.0",
            "OLLAMA_CONTEXT_WINDOW": "4096",
        }
        with patch.dict("os.environ", env_vars, clear=False):
            settings = get_settings()
            self.assertEqual(settings.LLM_PROVIDER, "ollama")
            self.assertEqual(settings.OLLAMA_MODEL, "neural-chat")
            self.assertEqual(settings.OLLAMA_BASE_URL, "http://gpu-server:11434")
            self.assertEqual(settings.OLLAMA_CONTEXT_WINDOW, 4096)


if __name__ == "__main__":
    unittest.main()
