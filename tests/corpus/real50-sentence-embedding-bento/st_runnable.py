from __future__ import annotations

from typing import TYPE_CHECKING, List

import bentoml

if TYPE_CHECKING:
    import numpy.typing as npt

MODEL_TAG = "all-MiniLM-L6-v2:latest"
TOKENIZER_TAG = "all-MiniLM-L6-v2-tokenizer:latest"


class SentenceTransformerRunnable(bentoml.Runnable):
    SUPPORTED_RESOURCES = ("nvidia.com/gpu", "cpu")
    SUPPORTS_CPU_MULTI_THREADING = True

    def __init__(self):
        import torch

        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        self.tokenizer = bentoml.transformers.load_model(TOKENIZER_TAG)
        self.model = bentoml.transformers.load_model(MODEL_TAG)
        self.model.to(self.device)

    @bentoml.Runnable.method(batchable=True, batch_dim=0)
    def encode(self, sentences: List[str]) -> npt.NDArray[float]:
        import torch

        encoded = self.tokenizer(sentences, padding=True, truncation=True, return_tensors="pt").to(self.device)
        with torch.no_grad():
            output = self.model(**encoded)
        return self.mean_pooling(output, encoded["attention_mask"]).cpu().numpy()

    @staticmethod
    def mean_pooling(model_output, attention_mask):
        import torch

        token_embeddings = model_output[0]
        mask = attention_mask.unsqueeze(-1).expand(token_embeddings.size()).float()
        return torch.sum(token_embeddings * mask, 1) / torch.clamp(mask.sum(1), min=1e-9)
