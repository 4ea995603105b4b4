"""ML-based structured extraction using LayoutLM transformers.

Transformer-based document understanding for field extraction from
spatial and textual features.
"""

from dataclasses import dataclass

import numpy as np
import torch
from PIL import Image
from transformers import AutoModelForTokenClassification, AutoProcessor

from src.utils.logger import get_logger

logger = get_logger(__name__)

LABEL_MAP: dict[int, str] = {
    0: "O",
    1: "B-DATE",
    2: "I-DATE",
    3: "B-VENDOR",
    4: "I-VENDOR",
    5: "B-TOTAL",
    6: "I-TOTAL",
}


@dataclass
class MLExtractedField:
    field_name: str
    value: str
    confidence: float


class LayoutLMExtractor:
    """LayoutLM-based document field extraction.

    Args:
        model_name: Hugging Face model identifier.
        device: Torch device (``"cuda"`` or ``"cpu"``). Auto-detected if ``None``.
    """

    def __init__(
        self,
        model_name: str = "microsoft/layoutlm-base-uncased",
        device: str | None = None,
    ) -> None:
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.model_name = model_name
        logger.info("Loading LayoutLM model: %s on %s", model_name, self.device)
        self.processor = AutoProcessor.from_pretrained(model_name, apply_ocr=False)
        self.model = AutoModelForTokenClassification.from_pretrained(model_name).to(self.device)
        self.model.eval()

    def extract(self, image: np.ndarray, words: list[str], boxes: list[tuple[int, int, int, int]]) -> list[MLExtractedField]:
        if not words:
            return []
        encoding = self.processor(Image.fromarray(image), words, boxes=boxes,
                                  return_tensors="pt", truncation=True, max_length=512)
        encoding = {k: v.to(self.device) for k, v in encoding.items()}
        with torch.no_grad():
            outputs = self.model(**encoding)
        predictions = outputs.logits.argmax(-1).squeeze().tolist()
        confidences = torch.softmax(outputs.logits, dim=-1).max(-1).values.squeeze().tolist()
        fields: list[MLExtractedField] = []
        for word, pred, conf in zip(words, predictions, confidences):
            label = LABEL_MAP.get(pred, "O")
            if label.startswith("B-"):
                fields.append(MLExtractedField(label[2:].lower(), word, conf))
            elif label.startswith("I-") and fields:
                fields[-1].value += " " + word
        logger.info("ML extraction found %d fields", len(fields))
        return fields
