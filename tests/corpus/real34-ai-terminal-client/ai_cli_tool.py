#!/usr/bin/env python3
"""
Multi-AI Terminal Client Tool
A universal CLI for interacting with multiple AI providers
"""

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional

import requests


class Colors:
    GREEN = '\033[92m'
    RED = '\033[91m'
    END = '\033[0m'


@dataclass
class AIProvider:
    name: str
    api_url: str
    key_pattern: str
    models: List[str]


class APIKeyDetector:
    """Detect AI service from API key patterns"""

    PATTERNS = {
        'OpenAI': {
            'regex': r'^sk-[a-zA-Z0-9]{48}$',
            'api_url': 'https://api.openai.com/v1/chat/completions',
            'models': ['gpt-4', 'gpt-4-turbo', 'gpt-3.5-turbo', 'gpt-4o', 'gpt-4o-mini']
        },
        'Anthropic': {
            'regex': r'^sk-ant-[a-zA-Z0-9\-_]+$',
            'api_url': 'https://api.anthropic.com/v1/messages',
            'models': ['claude-3-5-sonnet-20241022', 'claude-3-opus-20240229', 'claude-3-haiku-20240307']
        },
        'Google': {
            'regex': r'^AIza[a-zA-Z0-9\-_]{35}$',
            'api_url': 'https://generativelanguage.googleapis.com/v1beta/models',
            'models': ['gemini-1.5-pro', 'gemini-1.5-flash', 'gemini-pro']
        },
        'Perplexity': {
            'regex': r'^pplx-[a-zA-Z0-9]+$',
            'api_url': 'https://api.perplexity.ai/chat/completions',
            'models': ['llama-3.1-sonar-small-128k-online', 'llama-3.1-sonar-large-128k-online']
        },
        'Grok': {
            'regex': r'^xai-[a-zA-Z0-9]+$',
            'api_url': 'https://api.x.ai/v1/chat/completions',
            'models': ['grok-beta', 'grok-vision-beta']
        },
        'Cohere': {
            'regex': r'^[a-zA-Z0-9]{40,}$',
            'api_url': 'https://api.cohere.ai/v1/chat',
            'models': ['command-r-plus', 'command-r', 'command']
        }
    }

    @classmethod
    def detect_provider(cls, api_key: str) -> Optional[str]:
        api_key = api_key.strip()
        for provider, config in cls.PATTERNS.items():
            if re.match(config['regex'], api_key):
                return provider
        if api_key.startswith('sk-ant-'):
            return 'Anthropic'
        if api_key.startswith('sk-'):
            return 'OpenAI'
        return 'Unknown'

    @classmethod
    def get_models(cls, provider: str) -> List[str]:
        return cls.PATTERNS.get(provider, {}).get('models', [])

    @classmethod
    def get_api_url(cls, provider: str) -> str:
        return cls.PATTERNS.get(provider, {}).get('api_url', '')


class AIClient:
    """Universal AI client for multiple providers"""

    def __init__(self, api_key: str, provider: str = None):
        self.api_key = api_key
        self.provider = provider or APIKeyDetector.detect_provider(api_key)
        self.api_url = APIKeyDetector.get_api_url(self.provider)
        self.models = APIKeyDetector.get_models(self.provider)

    def send_message(self, message: str, model: str = None) -> str:
        if not model and self.models:
            model = self.models[0]
        if self.provider == 'Anthropic':
            return self._anthropic_request(message, model)
        if self.provider == 'Google':
            return self._google_request(message, model)
        return self._openai_style_request(message, model)

    def _openai_style_request(self, message: str, model: str) -> str:
        headers = {'Authorization': f'Bearer {self.api_key}', 'Content-Type': 'application/json'}
        data = {'model': model, 'messages': [{'role': 'user', 'content': message}], 'max_tokens': 1000}
        response = requests.post(self.api_url, headers=headers, json=data)
        response.raise_for_status()
        return response.json()['choices'][0]['message']['content']

    def _anthropic_request(self, message: str, model: str) -> str:
        headers = {
            'x-api-key': self.api_key,
            'anthropic-version': '2023-06-01',
            'Content-Type': 'application/json'
        }
        data = {'model': model, 'max_tokens': 1000, 'messages': [{'role': 'user', 'content': message}]}
        response = requests.post(self.api_url, headers=headers, json=data)
        response.raise_for_status()
        return response.json()['content'][0]['text']

    def _google_request(self, message: str, model: str) -> str:
        url = f"https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent?key={self.api_key}"
        data = {'contents': [{'parts': [{'text': message}]}]}
        response = requests.post(url, headers={'Content-Type': 'application/json'}, json=data)
        response.raise_for_status()
        return response.json()['candidates'][0]['content']['parts'][0]['text']


class ConfigManager:
    def __init__(self):
        self.config_dir = Path.home() / '.ai-cli'
        self.config_file = self.config_dir / 'config.json'
        self.config_dir.mkdir(exist_ok=True)
        self.config = json.loads(self.config_file.read_text()) if self.config_file.exists() else {}

    def get_api_key(self, provider: str) -> Optional[str]:
        return self.config.get('api_keys', {}).get(provider)


def main():
    parser = argparse.ArgumentParser(description='Universal AI Terminal Client')
    parser.add_argument('--prompt', type=str, help='Send a single prompt')
    parser.add_argument('--provider', type=str, help='Specify provider')
    parser.add_argument('--model', type=str, help='Specify model')
    args = parser.parse_args()
    config = ConfigManager()
    if args.prompt and args.provider:
        client = AIClient(config.get_api_key(args.provider), args.provider)
        print(client.send_message(args.prompt, args.model))


if __name__ == '__main__':
    main()
