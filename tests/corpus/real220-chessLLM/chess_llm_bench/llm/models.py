"""
Model configurations for all supported LLM providers.

This module defines the available models for each provider along with their
characteristics and recommended configurations for chess gameplay.
"""

from typing import Dict, List, NamedTuple
from ..core.models import BotSpec


class ModelInfo(NamedTuple):
    """Information about a specific model."""
    name: str
    display_name: str
    provider: str
    model_id: str
    description: str
    recommended: bool = False
    context_length: int = 0
    notes: str = ""


# OpenAI Models
OPENAI_MODELS = [
    ModelInfo(
        name="gpt-4o",
        display_name="GPT-4o",
        provider="openai",
        model_id="gpt-4o",
        description="Latest GPT-4 Omni model with enhanced reasoning",
        recommended=True,
        context_length=128000,
        notes="Best overall performance, multimodal capabilities"
    ),
    ModelInfo(
        name="gpt-4o-mini",
        display_name="GPT-4o Mini",
        provider="openai",
        model_id="gpt-4o-mini",
        description="Faster, cost-effective GPT-4o variant",
        recommended=True,
        context_length=128000,
        notes="Great balance of speed and intelligence"
    ),
    ModelInfo(
        name="gpt-4-turbo",
        display_name="GPT-4 Turbo",
        provider="openai",
        model_id="gpt-4-turbo",
        description="High-performance GPT-4 with large context",
        recommended=False,
        context_length=128000,
        notes="Powerful but slower than 4o variants"
    ),
    ModelInfo(
        name="gpt-3.5-turbo",
        display_name="GPT-3.5 Turbo",
        provider="openai",
        model_id="gpt-3.5-turbo",
        description="Fast and efficient legacy model",
        recommended=False,
        context_length=16385,
        notes="Budget option, decent chess performance"
    ),
]

# Anthropic Models
ANTHROPIC_MODELS = [
    ModelInfo(
        name="claude-3-5-sonnet",
        display_name="Claude 3.5 Sonnet",
        provider="anthropic",
        model_id="claude-3-5-sonnet-20241022",
        description="Most intelligent Claude model with excellent reasoning",
        recommended=True,
        context_length=200000,
        notes="Top-tier performance, excellent at strategic thinking"
    ),
    ModelInfo(
        name="claude-3-5-haiku",
        display_name="Claude 3.5 Haiku",
        provider="anthropic",
        model_id="claude-3-5-haiku-20241022",
        description="Fast and efficient Claude model",
        recommended=True,
        context_length=200000,
        notes="Good balance of speed and capability"
    ),
    ModelInfo(
        name="claude-3-opus",
        display_name="Claude 3 Opus",
        provider="anthropic",
        model_id="claude-3-opus-20240229",
        description="Most capable legacy Claude model",
        recommended=False,
        context_length=200000,
        notes="Powerful but expensive, superseded by 3.5 Sonnet"
    ),
    ModelInfo(
        name="claude-3-haiku",
        display_name="Claude 3 Haiku",
        provider="anthropic",
        model_id="claude-3-haiku-20240307",
        description="Fast and cost-effective legacy model",
        recommended=False,
        context_length=200000,
        notes="Budget option, decent performance"
    ),
]

# Google Gemini Models
GEMINI_MODELS = [
    ModelInfo(
        name="gemini-2.5-pro",
        display_name="Gemini 2.5 Pro",
        provider="gemini",
        model_id="gemini-2.5-pro",
        description="Most capable Gemini model with large context",
        recommended=True,
        context_length=1000000,
        notes="Excellent reasoning, massive context window"
    ),
    ModelInfo(
        name="gemini-2.5-flash",
        display_name="Gemini 2.5 Flash",
        provider="gemini",
        model_id="gemini-2.5-flash",
        description="Fast and efficient Gemini model",
        recommended=True,
        context_length=1000000,
        notes="Great speed-to-performance ratio"
    ),
    ModelInfo(
        name="gemini-1.0-pro",
        display_name="Gemini 1.0 Pro",
        provider="gemini",
        model_id="gemini-1.0-pro",
        description="Legacy Gemini Pro model",
        recommended=False,
        context_length=30720,
        notes="Older model, use 2.5 variants instead"
    ),
]

# All models combined
ALL_MODELS = OPENAI_MODELS + ANTHROPIC_MODELS + GEMINI_MODELS

# Models grouped by provider
MODELS_BY_PROVIDER: Dict[str, List[ModelInfo]] = {
    "openai": OPENAI_MODELS,
    "anthropic": ANTHROPIC_MODELS,
    "gemini": GEMINI_MODELS,
}

# Recommended models for quick access
RECOMMENDED_MODELS = [model for model in ALL_MODELS if model.recommended]
