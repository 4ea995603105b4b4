from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import Any, Dict, List, Optional, Tuple

import torch
from transformers import AutoProcessor, Qwen3VLForConditionalGeneration, StoppingCriteria, StoppingCriteriaList

from app.config import config

logger = logging.getLogger("app.models.qwen3_vl")
_model_init_lock = threading.Lock()


class _StopOnEvent(StoppingCriteria):
    def __init__(self, stop_event: threading.Event):
        self._stop_event = stop_event

    def __call__(self, input_ids, scores, **kwargs: Any) -> bool:  # type: ignore[override]
        return self._stop_event.is_set()


_DTYPES = {"bfloat16": torch.bfloat16, "float16": torch.float16, "float32": torch.float32}


@lru_cache(maxsize=1)
def _load_model_and_processor():
    """Load the Qwen3-VL model and its processor once."""
    logger.info("Initializing Qwen3-VL backend (model_id=%s, device=%s)", config.model.model_id, config.model.device)
    model = Qwen3VLForConditionalGeneration.from_pretrained(
        config.model.model_id,
        torch_dtype=_DTYPES[config.model.dtype],
    )
    model = model.to(device=config.model.device).eval()
    processor = AutoProcessor.from_pretrained(config.model.model_id)
    return model, processor


def get_model_and_processor():
    with _model_init_lock:
        return _load_model_and_processor()


def generate_image_caption(image: Any, prompt: str, max_new_tokens: int, stop_event: Optional[threading.Event] = None) -> str:
    model, processor = get_model_and_processor()
    messages: List[Dict[str, Any]] = [
        {"role": "system", "content": [{"type": "text", "text": "You describe images in detail."}]},
        {"role": "user", "content": [{"type": "image", "image": image}, {"type": "text", "text": prompt}]},
    ]
    inputs = processor.apply_chat_template(
        messages, add_generation_prompt=True, tokenize=True, return_dict=True, return_tensors="pt"
    ).to(model.device, dtype=model.dtype)
    stopping = StoppingCriteriaList([_StopOnEvent(stop_event)]) if stop_event else None
    with torch.inference_mode():
        out = model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False, stopping_criteria=stopping)
    return processor.decode(out[0][inputs["input_ids"].shape[-1]:], skip_special_tokens=True)
