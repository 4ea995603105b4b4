import json
import uuid
from typing import Dict, List, Optional
import aiohttp
import logging

logger = logging.getLogger(__name__)


class OpenRouterClient:
    def __init__(self, api_key: str):
        self.api_key = api_key
        self.chat_url = "https://openrouter.ai/api/v1/chat/completions"
        self.models = {
            "deepseek": "tngtech/deepseek-r1t2-chimera:free",
            "nova2": "amazon/nova-2-lite-v1:free",
            "gemma": "google/gemma-3n-e4b-it:free"
        }
