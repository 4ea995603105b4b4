"""ML-based structured extraction using LayoutLM transformers."""

from dataclasses import dataclass

import numpy as np
import torch
from PIL import Image
from transformers import AutoModelForTokenClassification, AutoProcessor

from src.utils.logger import get_logger

logger = get_logger(__name__)

LABEL_MAP: dict[int, str] = {
    0: "O", 1: "B-DATE", 2: "I-DATE", 3: "B-VENDOR", 4: "I-VENDOR",
    5: "B-TOTAL", 6: "I-TOTAL", 7: "B-ITEM", 8: "I-ITEM", 9: "B-TAX", 10: "I-TAX",
}


@dataclass
class MLExtractedField:
    field_name: str
    value: str
    confidence: float
    bbox: tuple[int, int, int, int]


class LayoutLMExtractor:
    """LayoutLM token classification over OCR words.

    Args:
        model_name: Hugging Face model identifier.
        device: ``"cuda"`` or ``"cpu"``; auto-detected if ``None``.
    """

    def __init__(
        self,
        model_name: str = "microsoft/layoutlm-base-uncased",
        device: str | None = None,
    ) -> None:
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        logger.info("Loading LayoutLM model: %s on %s", model_name, self.device)
        self.processor = AutoProcessor.from_pretrained(model_name, apply_ocr=False)
        self.model = AutoModelForTokenClassification.from_pretrained(model_name).to(self.device)
        self.model.eval()

    def extract(self, image: np.ndarray, words: list[str], boxes: list[tuple[int, int, int, int]]):
        if not words:
            return []
        encoding = self.processor(Image.fromarray(image), words, boxes=boxes,
                                  return_tensors="pt", truncation=True, max_length=512)
        encoding = {k: v.to(self.device) for k, v in encoding.items()}
        with torch.no_grad():
            logits = self.model(**encoding).logits
        preds = logits.argmax(-1).squeeze().tolist()
        confs = torch.softmax(logits, dim=-1).max(-1).values.squeeze().tolist()
        fields, current, buf, cbuf = [], None, [], []
        for word, pred, conf in zip(words, preds, confs, strict=False):
            label = LABEL_MAP.get(pred, "O")
            if label.startswith("B-"):
                if current:
                    fields.append(MLExtractedField(current.lower(), " ".join(buf), sum(cbuf) / len(cbuf), (0, 0, 0, 0)))
                current, buf, cbuf = label[2:], [word], [conf]
            elif label.startswith("I-") and current == label[2:]:
                buf.append(word)
                cbuf.append(conf)
        if current:
            fields.append(MLExtractedField(current.lower(), " ".join(buf), sum(cbuf) / len(cbuf), (0, 0, 0, 0)))
        return fields
