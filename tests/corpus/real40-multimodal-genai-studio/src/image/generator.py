"""
Image Generation Module
Supports DALL-E (OpenAI) and Stable Diffusion (HuggingFace/Local)
"""

import logging
from datetime import datetime
from io import BytesIO
from typing import Any, Dict, List

import requests
from PIL import Image
from openai import OpenAI

from config import APIKeys, ModelConfig, OUTPUT_DIR

logger = logging.getLogger(__name__)


class ImageGenerator:
    """Multi-provider image generation"""

    def __init__(self):
        self.providers = {}
        if APIKeys.OPENAI_API_KEY:
            self.providers["openai"] = OpenAI(api_key=APIKeys.OPENAI_API_KEY)
        if APIKeys.HF_TOKEN:
            self.providers["huggingface"] = APIKeys.HF_TOKEN
        self.output_dir = OUTPUT_DIR / "images"
        self.output_dir.mkdir(exist_ok=True)

    def get_available_models(self) -> List[str]:
        return [m for m, cfg in ModelConfig.IMAGE_MODELS.items() if cfg["provider"] in self.providers]

    def generate(self, prompt: str, model: str = None, size: str = "1024x1024",
                 quality: str = "standard", style: str = "vivid", n: int = 1) -> Dict[str, Any]:
        """
        Generate image from text prompt

        Args:
            prompt: Text description of desired image
            model: Model name (e.g., "dall-e-3", "stable-diffusion-xl")
            size: Image size (e.g., "1024x1024", "1792x1024")
        """
        model = model or ModelConfig.DEFAULT_IMAGE_MODEL
        provider = ModelConfig.IMAGE_MODELS[model]["provider"]
        if provider == "openai":
            return self._generate_openai(prompt, model, size, quality, style, n)
        return self._generate_huggingface(prompt, model, size, n)

    def _generate_openai(self, prompt, model, size, quality, style, n) -> Dict[str, Any]:
        # DALL-E 3 only supports n=1
        if model == "dall-e-3" and n > 1:
            logger.warning("DALL-E 3 only supports generating 1 image at a time")
            n = 1
        response = self.providers["openai"].images.generate(
            model=model,
            prompt=prompt,
            size=size,
            quality=quality if model == "dall-e-3" else "standard",
            style=style if model == "dall-e-3" else None,
            n=n,
        )
        paths = []
        for i, image_data in enumerate(response.data):
            img = Image.open(BytesIO(requests.get(image_data.url).content))
            filepath = self.output_dir / f"{model}_{datetime.now():%Y%m%d_%H%M%S}_{i}.png"
            img.save(filepath)
            paths.append(str(filepath))
        return {"images": paths, "model": model, "prompt": prompt, "provider": "openai"}

    def _generate_huggingface(self, prompt, model, size, n) -> Dict[str, Any]:
        """Generate using HuggingFace Inference API"""
        API_URL = "https://api-inference.huggingface.co/models/stabilityai/stable-diffusion-xl-base-1.0"
        headers = {"Authorization": f"Bearer {self.providers['huggingface']}"}
        paths = []
        for i in range(n):
            response = requests.post(API_URL, headers=headers, json={"inputs": prompt})
            if response.status_code != 200:
                raise Exception(f"Image generation failed: {response.text}")
            img = Image.open(BytesIO(response.content)).resize(tuple(map(int, size.split("x"))))
            filepath = self.output_dir / f"stable-diffusion_{datetime.now():%Y%m%d_%H%M%S}_{i}.png"
            img.save(filepath)
            paths.append(str(filepath))
        return {"images": paths, "model": model, "prompt": prompt, "provider": "huggingface"}
