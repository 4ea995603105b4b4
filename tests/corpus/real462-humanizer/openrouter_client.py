"""
OpenRouter client — replaces both cerebras_client.py and anthropic_client.py.

Each pipeline role has a ranked fallback chain of free models.
On any error (429 rate-limit, 404, 5xx, timeout) the next model in the list
is tried automatically. If every model in the chain fails, the original text
is returned unchanged so the pipeline never crashes.

Fingerprint mixing is preserved: translation uses Meta/Llama models first;
intelligence passes use Qwen first. Even when falling back, the two chains
use intentionally different model families.

Rate limits on free tier: ~20 req/min, ~200 req/day per model.
Multiple models in each chain effectively multiplies available capacity.
"""

import os
import re
import time
from openai import OpenAI
from dotenv import load_dotenv

load_dotenv()

OPENROUTER_API_KEY = os.getenv("OPENROUTER_API_KEY", "")

# ─── FALLBACK CHAINS ─────────────────────────────────────────────────────────────
# Models tried in order on any error. IDs from openrouter.ai/collections/free-models
# Active parameter counts matter for speed — MoE models skip most of their weights.
#
# TRANSLATION chain — needs multilingual support (EN, ES, FR at minimum)
# Primary is GPT-OSS-120B: 5.1B active params, OpenAI quality, strong multilingual.
# Llama 3.3 70B is the proven explicit-multilingual fallback (supports ES+FR by spec).
# TRANSLATION: needs multilingual (EN, ES, FR). 4 families = strong fingerprint mixing.
# Note: Gemma free tier routes via Google AI Studio which occasionally rejects system
# prompts — the fallback chain catches this and moves to the next model automatically.
TRANSLATION_MODELS = [
    "openai/gpt-oss-120b:free",                  # primary   — 5.1B active, OpenAI, multilingual
    "meta-llama/llama-3.3-70b-instruct:free",    # fallback1 — Meta, explicitly supports ES+FR
    "google/gemma-3-27b-it:free",                # fallback2 — Google, 140+ languages, 128K ctx
    "mistralai/mistral-small-3.1-24b-instruct:free", # fallback3 — Mistral, 24B, multilingual
    "stepfun/step-3.5-flash:free",               # fallback4 — 11B active, multilingual, fast
    "qwen/qwen3-next-80b-a3b-instruct:free",     # fallback5 — 3B active, multilingual, 262K ctx
]

# INTELLIGENCE: speed + instruction following + language quality. 5 model families.
INTELLIGENCE_MODELS = [
    "stepfun/step-3.5-flash:free",               # primary   — 11B active, fastest, no thinking
    "openai/gpt-oss-120b:free",                  # fallback1 — 5.1B active, OpenAI quality
    "google/gemma-3-27b-it:free",                # fallback2 — Google/DeepMind, 27B, 128K ctx
    "arcee-ai/trinity-large-preview:free",       # fallback3 — 13B active, creative writing
    "mistralai/mistral-small-3.1-24b-instruct:free", # fallback4 — Mistral, 24B, strong instruct
    "google/gemma-3-12b-it:free",                # fallback5 — Google, 12B, fast, 128K ctx
    "qwen/qwen3-next-80b-a3b-instruct:free",     # fallback6 — 3B active, no thinking, 262K ctx
    "openai/gpt-oss-20b:free",                   # fallback7 — 3.6B active, emergency fastest
]

client = OpenAI(
    base_url="https://openrouter.ai/api/v1",
    api_key=OPENROUTER_API_KEY,
    default_headers={
        "HTTP-Referer": "https://text-humanizer.app",
        "X-Title": "Text Humanizer",
    }
)

_THINK_RE = re.compile(r"<think>.*?</think>", re.DOTALL)


def _tokens_for(text: str, factor: float = 2.0) -> int:
    """
    Dynamic max_tokens based on input length.
    Hardcoding 4096 cuts off 10k-character texts because:
      10 000 chars / 4 chars-per-token = 2 500 input tokens
      x2 expansion + 1 024 buffer = 6 024 — safely covers the full output.
    factor=2.0 for transformation passes (text may grow).
    factor=1.4 for structure/format passes (length stays roughly equal).
    Capped at 32 000 — beyond that, free-tier models truncate anyway.
    """
    return min(32_000, max(4_096, int(len(text) / 4 * factor) + 1_024))


def _thinking_extra(model: str) -> dict:
    """Suppress chain-of-thought for models that support it."""
    thinking_models = ("qwen3", "qwen3.6", "step-3", "thinking", "glm-4.5", "gpt-oss")
    if any(k in model for k in thinking_models):
        return {"reasoning": {"enabled": False}}
    return {}
