from __future__ import annotations

import base64
import io
from typing import Literal

import ollama
import torch
from colpali_engine.models import ColPali, ColPaliProcessor
from openai import OpenAI
from PIL import Image
from transformers import (
    AutoProcessor,
    LlavaForConditionalGeneration,
    Qwen2VLForConditionalGeneration,
)

Backend = Literal["qwen2vl", "llava", "ollama", "openai"]

COLPALI = "vidore/colpali-v1.2"
COLPALI_BASE = "vidore/colpaligemma-3b-pt-448-base"


class Retriever:
    def __init__(self, device: str = "cuda"):
        self.model = ColPali.from_pretrained(COLPALI, torch_dtype=torch.bfloat16, device_map=device).eval()
        self.processor = ColPaliProcessor.from_pretrained(COLPALI)

    def embed_pages(self, pages: list[Image.Image]) -> torch.Tensor:
        batch = self.processor.process_images(pages).to(self.model.device)
        with torch.no_grad():
            return self.model(**batch)


class Answerer:
    qwen_id = "Qwen/Qwen2-VL-7B-Instruct"
    llava_id = "llava-hf/llava-1.5-7b-hf"

    def __init__(self, backend: Backend = "qwen2vl"):
        self.backend = backend
        if backend == "qwen2vl":
            self.model = Qwen2VLForConditionalGeneration.from_pretrained(self.qwen_id, torch_dtype="auto", device_map="auto")
            self.processor = AutoProcessor.from_pretrained(self.qwen_id, min_pixels=256 * 28 * 28, max_pixels=1280 * 28 * 28)
        elif backend == "llava":
            self.model = LlavaForConditionalGeneration.from_pretrained(self.llava_id, load_in_4bit=True)
            self.processor = AutoProcessor.from_pretrained(self.llava_id)

    def answer(self, question: str, image: Image.Image) -> str:
        if self.backend == "ollama":
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            res = ollama.chat(model="llava:13b", messages=[{"role": "user", "content": question,
                                                           "images": [base64.b64encode(buf.getvalue()).decode()]}])
            return res["message"]["content"]
        if self.backend == "openai":
            client = OpenAI()
            data_url = "data:image/png;base64," + base64.b64encode(image.tobytes()).decode()
            res = client.chat.completions.create(
                model="gpt-4o",
                messages=[{"role": "user", "content": [{"type": "text", "text": question},
                                                        {"type": "image_url", "image_url": {"url": data_url}}]}],
            )
            return res.choices[0].message.content
        raise NotImplementedError(self.backend)
