# backend/app/services/llm.py
# OpenRouter API client for structured and streaming LLM completions
# Handles retries, structured JSON output, and model listing
# Related: config.py, models/schemas.py

import asyncio
import base64
import json
import logging
import mimetypes
import random
from pathlib import Path
from typing import AsyncIterator, Awaitable, Callable

import httpx
from pydantic import BaseModel

from app.services.providers import get_provider
from app.services.providers.anthropic import (
    _clean_schema_for_anthropic,  # re-export for backward compat (used by tests)
)
from app.services.schema_utils import extract_json as _extract_json_util

logger = logging.getLogger(__name__)

OPENROUTER_BASE = "https://openrouter.ai/api/v1"

THINKING_BUDGETS = {
    "off": 0,
    "low": 2000,
    "medium": 5000,
    "high": 10000,
}

MAX_RETRIES = 3
BACKOFF_SECONDS = [2, 4, 8]

_SENTINEL = object()  # Used to distinguish "not provided" from None in _build_body

MANDATORY_MODELS = [
    "openai/gpt-5.1-codex-mini",
    "openai/gpt-5.3-codex",
    "google/gemini-3.1-pro-preview",
    "anthropic/claude-sonnet-4.6",
    "openai/gpt-5.2-codex",
]
MANDATORY_MODELS_SET = set(MANDATORY_MODELS)


OPENROUTER_MAX_FILE_SIZE = 5 * 1024 * 1024  # 5 MB — above this, use local OCR

# Image extensions for vision-based multimodal content
_IMAGE_EXTS = {".png", ".jpg", ".jpeg", ".tiff", ".webp", ".gif"}


def build_multimodal_content(
    text: str, file_path: Path
) -> tuple[list[dict], list[dict] | None]:
    """Build multimodal content blocks for OpenRouter API.

    PDF → type:"file" + plugins:[{id:"file-parser", pdf:{engine:"native"}}]
    Image → type:"image_url" (no plugins needed)

    Returns (content_parts, plugins_or_none).
    """
    from app.config import get_settings

    file_bytes = file_path.read_bytes()
    b64 = base64.b64encode(file_bytes).decode("ascii")
    ext = file_path.suffix.lower()

    content_parts: list[dict] = [{"type": "text", "text": text}]
    plugins: list[dict] | None = None

    if ext == ".pdf":
        content_parts.append({
            "type": "file",
            "file": {
                "filename": file_path.name,
                "file_data": f"data:application/pdf;base64,{b64}",
            },
        })
        settings = get_settings()
        plugins = [{"id": "file-parser", "pdf": {"engine": settings.ocr_pdf_engine}}]
    elif ext in _IMAGE_EXTS:
        mime = mimetypes.guess_type(file_path.name)[0] or "image/png"
        content_parts.append({
            "type": "image_url",
            "image_url": {"url": f"data:{mime};base64,{b64}"},
        })
    else:
        logger.warning("Unsupported multimodal file type: %s", ext)

    logger.info(
        "Built multimodal content for %s (%dKB, %d parts, plugins=%s)",
        file_path.name,
        len(file_bytes) // 1024,
        len(content_parts),
        plugins is not None,
    )
    return content_parts, plugins


class LLMError(Exception):
    """Base exception for LLM client errors."""

    def __init__(self, message: str, status_code: int | None = None, body: str | None = None):
        self.status_code = status_code
        self.body = body
        super().__init__(message)


class LLMRateLimitError(LLMError):
    """Raised on HTTP 429 — rate limited."""
    pass


class LLMServerError(LLMError):
    """Raised on HTTP 5xx — server-side error."""
    pass


class LLMParseError(LLMError):
    """Raised when structured output cannot be parsed."""
    pass


def _build_thinking(thinking: str) -> dict | None:
    """Return the thinking config dict or None if disabled."""
    budget = THINKING_BUDGETS.get(thinking, 0)
    if budget <= 0:
        return None
    return {"type": "enabled", "budget_tokens": budget}


def _extract_usage(data: dict) -> dict:
    """Extract token usage from an OpenRouter response body."""
    usage = data.get("usage", {})
    return {
        "input_tokens": usage.get("prompt_tokens", 0),
        "output_tokens": usage.get("completion_tokens", 0),
    }


def _extract_json(raw: str) -> str:
    """Thin wrapper around shared extract_json utility for backward compat."""
    return _extract_json_util(raw)


class LLMClient:
    def __init__(self, api_key: str, default_model: str = "anthropic/claude-sonnet-4"):
        self.api_key = api_key
        self.default_model = default_model


class LLMClient:
    def __init__(self, api_key: str, default_model: str = "anthropic/claude-sonnet-4"):
        self.api_key = api_key
        self.default_model = default_model
        self._client = httpx.AsyncClient(
            base_url=OPENROUTER_BASE,
            headers={
                "Authorization": f"Bearer {api_key}",
                "HTTP-Referer": "https://foxdoc.app",
                "X-Title": "FoxDoc",
            },
            timeout=httpx.Timeout(300.0, connect=10.0),
        )
