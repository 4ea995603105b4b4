"""
Unit tests for provider detection and model setup.
"""

import os
from unittest.mock import MagicMock, patch

import pytest

from assistant.providers import APIKeyValidationError, ProviderDetector, ProviderError


class TestProviderDetection:
    def setup_method(self):
        self.detector = ProviderDetector()

    @patch.dict(os.environ, {}, clear=True)
    def test_detect_no_credentials_fallback_ollama(self):
        assert self.detector.detect_provider() == 'ollama'

    @patch.dict(os.environ, {'ANTHROPIC_API_KEY': 'sk-ant-test123456789'})
    def test_detect_anthropic_highest_priority(self):
        assert self.detector.detect_provider() == 'anthropic'


class TestModelSetup:
    def setup_method(self):
        self.detector = ProviderDetector()

    @patch('assistant.providers.AnthropicModel')
    def test_setup_anthropic_model_valid(self, mock_anthropic_model):
        config = {
            'api_key': 'sk-ant-test123456789',
            'model_id': 'claude-3-7-sonnet-20250219',
            'temperature': 0.7
        }
        result = self.detector.setup_model('anthropic', config)
        mock_anthropic_model.assert_called_once_with(
            model_id='claude-3-7-sonnet-20250219',
            api_key='sk-ant-test123456789',
            temperature=0.7
        )
        assert result == mock_anthropic_model.return_value

    @patch('assistant.providers.LiteLLMModel')
    def test_setup_openai_model_valid(self, mock_litellm_model):
        config = {
            'api_key': 'sk-test123456789',
            'model_id': 'gpt-4',
            'temperature': 0.8
        }
        self.detector.setup_model('openai', config)
        mock_litellm_model.assert_called_once_with(
            model_id='gpt-4',
            api_key='sk-test123456789',
            temperature=0.8
        )

    @patch('assistant.providers.BedrockModel')
    def test_setup_bedrock_model_valid(self, mock_bedrock_model):
        config = {
            'model_id': 'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
            'region_name': 'us-west-2',
            'temperature': 0.7
        }
        self.detector.setup_model('bedrock', config)
        mock_bedrock_model.assert_called_once_with(
            model_id='us.anthropic.claude-3-7-sonnet-20250219-v1:0',
            region_name='us-west-2',
            temperature=0.7
        )

    @patch('assistant.providers.OllamaModel')
    def test_setup_ollama_model_valid(self, mock_ollama_model):
        config = {
            'base_url': 'http://localhost:11434',
            'model_id': 'llama3.3',
            'temperature': 0.9
        }
        self.detector.setup_model('ollama', config)
        mock_ollama_model.assert_called_once_with(
            host='http://localhost:11434',
            model_id='llama3.3',
            temperature=0.9
        )

    def test_setup_model_unsupported_provider(self):
        config = {'model_id': 'test-model'}
        with pytest.raises(ProviderError) as exc_info:
            self.detector.setup_model('unsupported_provider', config)
        assert 'Unsupported provider' in str(exc_info.value)

    def test_setup_model_missing_required_config(self):
        # Anthropic model without API key
        config = {'model_id': 'claude-3-7-sonnet-20250219'}
        with pytest.raises(APIKeyValidationError):
            self.detector.setup_model('anthropic', config)
