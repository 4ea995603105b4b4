# SPDX-License-Identifier: BUSL-1.1
# Copyright (c) 2026 ElcanoTek, Inc.

"""OpenRouter client for AI-powered site classification using the OpenAI SDK."""

import asyncio
import csv
import json
import time
import re
from pathlib import Path
from typing import Dict, Any, Optional, List, Tuple
import logging

from openai import AsyncOpenAI

logger = logging.getLogger(__name__)


class OpenRouterClient:
    """Async client for interacting with OpenRouter API."""

    _taxonomy_cache: Optional[Dict[str, List[str]]] = None

    # Function calling schema for structured output
    _CLASSIFICATION_SCHEMA = {
        "type": "function",
        "function": {
            "name": "classify_website",
            "description": "Classify a website based on quality tier, category, and other metadata",
            "parameters": {
                "type": "object",
                "properties": {
                    "quality": {
                        "type": "string",
                        "enum": ["Premium", "Standard", "Long Tail"],
                        "description": "The quality tier of the website: Premium (best of the best), Standard (acceptable but not elite), or Long Tail (low quality/suspicious)"
                    },
                    "justification": {
                        "type": "string",
                        "description": "Detailed explanation for the quality rating, considering content quality, editorial standards, user experience, and brand recognition"
                    },
                    "vertical": {
                        "type": "string",
                        "description": "A SINGLE category name from the approved IAB taxonomy. Must be an exact match from the taxonomy list. DO NOT use commas or combine categories. Examples: 'Sports', 'Puzzle Video Games', 'Technology & Computing'"
                    },
                    "description": {
                        "type": "string",
                        "description": "A single sentence describing the site's primary content or purpose"
                    },
                    "confidence": {
                        "type": "string",
                        "enum": ["High", "Medium", "Low"],
                        "description": "Confidence level in the classification: High (clear signals), Medium (some ambiguity), or Low (minimal/conflicting signals)"
                    },
                    "language": {
                        "type": "string",
                        "description": "The primary language of the content (e.g., 'English', 'Spanish', 'French', 'Chinese', 'Multilingual', etc.)"
                    },
                    "political_leaning": {
                        "type": "string",
                        "enum": ["Far Left", "Left", "Center-Left", "Center", "Center-Right", "Right", "Far Right", "Non-Political"],
                        "description": "Political orientation of the content for US political context: Far Left (socialist/progressive advocacy), Left (liberal/progressive), Center-Left (moderate liberal), Center (balanced/neutral), Center-Right (moderate conservative), Right (conservative), Far Right (nationalist/hard conservative), Non-Political (no political content)"
                    },
                    "audience_size": {
                        "type": "string",
                        "description": "Conservatively estimate the site's relative audience size. You have a strong tendency to overestimate. Be skeptical: high quality or brand recognition does not mean high traffic. Most sites are XS or S. Use L/XL only for globally recognized destinations. Use the following t-shirt sizes: XS, S, M, L, XL.",
                        "enum": ["XS", "S", "M", "L", "XL"]
                    }
                },
                "required": ["quality", "justification", "vertical", "description", "confidence", "language", "political_leaning", "audience_size"]
            }
        }
    }

    def __init__(
        self,
        api_key: Optional[str],
        model: str = "~google/gemini-flash-latest",
        temperature: float = 0.1,
        max_tokens: int = 1500,
        *,
        max_retries: int = 2,
        timeout: Optional[float] = None,
        base_url: str = "https://openrouter.ai/api/v1",
        fallback_model: Optional[str] = None,
    ):
        if api_key is None:
            raise ValueError("OpenRouter API key is required for classification")

        self.api_key = api_key
        self.model = model
        self.primary_model = model
        self.fallback_model = fallback_model
        self._fallback_active = False
        self._fallback_lock = asyncio.Lock()
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.base_url = base_url
        self._client: Optional[AsyncOpenAI] = None
        self.request_count = 0
        self.total_tokens_used = 0
        self.max_retries = max(1, int(max_retries))
        self.timeout = timeout
