#!/usr/bin/env python3
import json
import os
from abc import ABC, abstractmethod
from typing import List, Optional

import httpx
from codefast import getenv
from loguru import logger


class ChatBackend(ABC):
    """Common interface of the remote chat backends."""

    endpoint: str = ""

    @abstractmethod
    def payload(self, messages: list) -> dict: ...

    @property
    @abstractmethod
    def name(self) -> str: ...

    async def generate(self, prompt: str, system_prompt: Optional[str] = None) -> Optional[str]:
        if not self.api_key:
            return None
        msgs = ([{"role": "system", "content": system_prompt}] if system_prompt else [])
        msgs.append({"role": "user", "content": prompt})
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {self.api_key}"}
        async with httpx.AsyncClient() as http:
            try:
                r = await http.post(self.endpoint, headers=headers, json=self.payload(msgs), timeout=30.0)
                r.raise_for_status()
                return r.json()["choices"][0]["message"]["content"]
            except (httpx.HTTPError, KeyError, json.JSONDecodeError) as exc:
                logger.error(f"{self.name} error: {exc}")
                return None


class SiliconFlowBackend(ChatBackend):
    endpoint = "https://api.siliconflow.cn/v1/chat/completions"

    def __init__(self):
        self.api_key = getenv("SILICONFLOW_API_KEY", os.path.expanduser("~/.openai_api_key"))
        self.model_name = "deepseek-ai/DeepSeek-V3"

    @property
    def name(self) -> str:
        return f"SiliconFlow ({self.model_name})"

    def payload(self, messages):
        return {
            "model": self.model_name,
            "messages": messages,
            "stream": False,
            "max_tokens": 800,
            "temperature": 0.7,
            "top_p": 0.7,
            "response_format": {"type": "text"},
        }


class PerplexityBackend(ChatBackend):
    endpoint = "https://api.perplexity.ai/chat/completions"

    def __init__(self):
        self.api_key = getenv("PERPLEXITY_API_KEY", os.path.expanduser("~/.perplexity_api_key"))
        self.model_name = "sonar-pro"

    @property
    def name(self) -> str:
        return f"Perplexity ({self.model_name})"

    def payload(self, messages):
        return {"model": self.model_name, "messages": messages, "max_tokens": 800}


class OpenRouterBackend(ChatBackend):
    endpoint = "https://openrouter.ai/api/v1/chat/completions"

    def __init__(self):
        self.api_key = getenv("OPENROUTER_API_KEY", os.path.expanduser("~/.openai_api_key"))
        self.model_name = "google/gemini-2.0-flash-001"

    @property
    def name(self) -> str:
        return f"OpenRouter ({self.model_name})"

    def payload(self, messages):
        return {"model": self.model_name, "messages": messages}


def available_backends() -> List[ChatBackend]:
    """Backends in the order they are tried."""
    return [SiliconFlowBackend(), PerplexityBackend(), OpenRouterBackend()]
