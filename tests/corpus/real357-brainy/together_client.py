import httpx
import json
import logging
import re
from urllib.parse import urlparse, unquote
from functools import wraps
import asyncio
import math
import time
import config
from utils import detect_language, _filter_duplicate_chunks, strip_think
from httpx import ReadTimeout, ConnectTimeout, ConnectError, RemoteProtocolError


from together import AsyncTogether, error

logger = logging.getLogger(__name__)

THINKING_GUIDANCE = (
    "IMPORTANT: Your thinking MUST be completely contained within silent <think> tags. "
    "Begin your response with <think> and think through the task step-by-step. "
    "Do NOT repeat the user's question or any instructions in your thinking. "
    "Do NOT mention that you are thinking. "
    "Keep reasoning concise and focused. "
    "After completing your thinking, close with </think> and provide ONLY the final answer. "
)


# === Header-aware rate limiter & free-model fallback ===
LLAMA_FREE = config.TOGETHER_MODEL
DEEPSEEK_FREE = config.TOGETHER_DEEPSEEK
API_URL = "https://api.together.xyz/v1/chat/completions"

def _other_free(model_str: str) -> str:
    m = (model_str or "").lower()
    if "apriel-1.6" in m:
        return DEEPSEEK_FREE
    if "apriel-1.5" in m:
        return LLAMA_FREE
    if "deepseek" in m:
        return LLAMA_FREE
    if "llama" in m or "meta-llama" in m:
        return DEEPSEEK_FREE
    # default fallback if unknown
    return DEEPSEEK_FREE
