"""
Model provider auto-detection and setup for Personal Assistant CLI.
"""

import logging
import os
from typing import Any, Dict

try:
    from strands.models import AnthropicModel, BedrockModel, OllamaModel
    from strands.models.litellm import LiteLLMModel
    STRANDS_AVAILABLE = True
except ImportError:
    STRANDS_AVAILABLE = False

logger = logging.getLogger(__name__)


class ProviderError(Exception):
    """Custom exception for provider-related errors."""


class ProviderDetector:
    """Handles detection and setup of AI model providers."""

    SUPPORTED_PROVIDERS = ['anthropic', 'openai', 'bedrock', 'ollama']

    def detect_provider(self) -> str:
        if os.getenv('ANTHROPIC_API_KEY', '').startswith('sk-ant-'):
            return 'anthropic'
        if os.getenv('OPENAI_API_KEY', '').startswith('sk-'):
            return 'openai'
        if os.getenv('AWS_ACCESS_KEY_ID') and os.getenv('AWS_SECRET_ACCESS_KEY'):
            return 'bedrock'
        logger.info("No cloud provider credentials found - falling back to Ollama for local development")
        return 'ollama'

    def setup_model(self, provider_name: str, provider_config: Dict[str, Any]):
        if provider_name not in self.SUPPORTED_PROVIDERS:
            raise ProviderError(f"Unsupported provider: {provider_name}")
        return getattr(self, f"_setup_{provider_name}")(provider_config)

    def _setup_anthropic(self, config: Dict[str, Any]) -> "AnthropicModel":
        model_config = {
            'model_id': config.get('model_id', 'claude-3-7-sonnet-20250219'),
            'api_key': config.get('api_key'),
            'temperature': config.get('temperature', 0.7),
        }
        if 'max_tokens' in config:
            model_config['max_tokens'] = config['max_tokens']
        logger.info(f"Creating AnthropicModel with model_id: {model_config['model_id']}")
        return AnthropicModel(**model_config)

    def _setup_bedrock(self, config: Dict[str, Any]) -> "BedrockModel":
        model_config = {
            'model_id': config.get('model_id', 'us.anthropic.claude-3-7-sonnet-20250219-v1:0'),
            'region_name': config.get('region_name', 'us-west-2'),
            'temperature': config.get('temperature', 0.7),
        }
        return BedrockModel(**model_config)

    def _setup_openai(self, config: Dict[str, Any]) -> "LiteLLMModel":
        model_config = {
            'model_id': config.get('model_id', 'gpt-4'),
            'api_key': config.get('api_key'),
            'temperature': config.get('temperature', 0.7),
        }
        return LiteLLMModel(**model_config)

    def _setup_ollama(self, config: Dict[str, Any]) -> "OllamaModel":
        model_config = {
            'host': config.get('base_url', 'http://localhost:11434'),
            'model_id': config.get('model_id', 'llama3.3'),
            'temperature': config.get('temperature', 0.7),
        }
        return OllamaModel(**model_config)


def setup_model(provider_name: str, provider_config: Dict[str, Any]):
    return ProviderDetector().setup_model(provider_name, provider_config)
