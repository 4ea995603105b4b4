"""
Simple OpenRouter API client.
"""

import base64
import logging
import requests
import time
from pathlib import Path
from typing import List, Dict, Optional

import config

# Set up logging
logging.basicConfig(
    level=logging.INFO,
    format='%(asctime)s [%(levelname)s] %(message)s',
    datefmt='%Y-%m-%d %H:%M:%S'
)
logger = logging.getLogger(__name__)


def encode_image(image_path: Path) -> str:
    """Encode image to base64 string."""
    with open(image_path, "rb") as f:
        return base64.b64encode(f.read()).decode("utf-8")


def call_model(
    model_id: str,
    prompt: str,
    image_paths: Optional[List[Path]] = None,
    max_tokens: int = 10000,
    temperature: float = 1.0,
    timeout: int = 120,
) -> Dict:
    """
    Call an OpenRouter model with text and optional images.

    Args:
        model_id: OpenRouter model ID (e.g., "anthropic/claude-sonnet-4.5")
        prompt: Text prompt to send
        image_paths: Optional list of image file paths
        max_tokens: Maximum tokens in response
        temperature: Sampling temperature (0=deterministic, 1=creative)

    Returns:
        Dict with 'content' (response text) and 'error' (if any)
    """
    headers = {
        "Authorization": f"Bearer {config.OPENROUTER_API_KEY}",
        "Content-Type": "application/json",
    }

    # Build messages
    messages = []
    content_parts = []

    # Add images if provided
    if image_paths:
        for img_path in image_paths:
            # All images are .png format
            encoded = encode_image(img_path)
            content_parts.append({
                "type": "image_url",
                "image_url": {
                    "url": f"data:image/png;base64,{encoded}"
                }
            })

    # Add text prompt
    content_parts.append({
        "type": "text",
        "text": prompt
    })

    messages.append({
        "role": "user",
        "content": content_parts
    })

    # Make API request
    payload = {
        "model": model_id,
        "messages": messages,
        "max_tokens": max_tokens,
        "temperature": temperature,
    }
