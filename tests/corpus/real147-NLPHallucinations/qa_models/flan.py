"""FLAN-T5 question answering backend."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import torch
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, GenerationConfig

from .base import QAModel

logger = logging.getLogger(__name__)


@dataclass
class FlanConfig:
    """Settings for loading a FLAN-T5 checkpoint."""

    model_name: str = "google/flan-t5-base"
    device: Optional[str] = None  # "cpu", "cuda" or "mps"
    max_input_length: int = 512
    max_new_tokens: int = 128
    temperature: float = 0.0
    top_p: float = 0.9


class FlanT5QA(QAModel):
    """Seq2seq QA built on FLAN-T5."""

    def __init__(self, name: str = "flan-t5-base", config: Optional[FlanConfig] = None):
        super().__init__(name=name)
        self.config = config or FlanConfig()
        self._tokenizer = None
        self._model = None

    def load(self) -> None:
        logger.info("Loading FLAN-T5 weights %s", self.config.model_name)
        self._tokenizer = AutoTokenizer.from_pretrained(self.config.model_name)
        self._model = AutoModelForSeq2SeqLM.from_pretrained(self.config.model_name)
        if self.config.device:
            self._model.to(self.config.device)
        self._model.eval()

    def answer(self, question: str, context: str) -> Dict[str, Any]:
        if not self._model or not self._tokenizer:
            return self.mark_failed("Model not loaded yet.")
        prompt = f"Answer from the context.\n\nContext:\n{context}\n\nQuestion: {question}\nAnswer:"
        inputs = self._tokenizer(prompt, return_tensors="pt", truncation=True,
                                 max_length=self.config.max_input_length)
        gen = GenerationConfig(max_new_tokens=self.config.max_new_tokens,
                               temperature=self.config.temperature, top_p=self.config.top_p,
                               do_sample=self.config.temperature > 0.0)
        with torch.no_grad():
            out = self._model.generate(**inputs, generation_config=gen)
        return {"model": self.name, "answer": self._tokenizer.decode(out[0], skip_special_tokens=True).strip()}
