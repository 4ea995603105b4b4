from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import requests

from config import get_openrouter_settings


class OpenRouterConfigurationError(RuntimeError):
    pass


class OpenRouterRequestError(RuntimeError):
    pass


@dataclass
class OpenRouterResult:
    model: str
    content: str


class OpenRouterClient:
    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        default_http_referer: str | None = None,
        default_title: str | None = None,
        timeout_sec: int = 60,
    ) -> None:
        self.api_key = api_key
        self.base_url = base_url
        self.default_http_referer = default_http_referer
        self.default_title = default_title
        self.timeout_sec = timeout_sec

    def analyze(
        self,
        *,
        prompt: str,
        model: str,
        api_key: str | None = None,
        referer: str | None = None,
        title: str | None = None,
    ) -> OpenRouterResult:
        settings = get_openrouter_settings()
        api_key = (api_key or self.api_key or settings["api_key"]).strip()
        base_url = self._normalize_base_url(self.base_url or settings["base_url"])
        default_http_referer = (self.default_http_referer or settings["http_referer"]).strip()
        default_title = (self.default_title or settings["x_title"]).strip()

        if not api_key:
            raise OpenRouterConfigurationError("OPENROUTER_API_KEY is not configured")
        if not model:
            raise OpenRouterConfigurationError("OPENROUTER_MODEL is not configured")

        headers = {
            "Authorization": f"Bearer {api_key}",
            "Content-Type": "application/json",
        }
        resolved_referer = referer or default_http_referer
        resolved_title = title or default_title
        if resolved_referer:
            headers["HTTP-Referer"] = resolved_referer
        if resolved_title:
            headers["X-Title"] = resolved_title

        payload = {
            "model": model,
            "messages": [
                {
                    "role": "system",
                    "content": "You are a quantitative trading analyst. Follow the user's requested language and return rigorous reasoning.",
                },
                {"role": "user", "content": prompt},
            ],
        }
