import numpy as np
import transformers
from loguru import logger
from optimum.onnxruntime import ORTModelForFeatureExtraction, ORTModelForSequenceClassification
from typing_extensions import Self

from .types import CrossEncoderEnum, EmbeddingModelEnum, EmbeddingType
from .utils import get_artifacts_dir, get_hf_tokenizer

# On CPU sequential execution is fast, so small batches beat padding.
MAX_BATCH_SIZE: int = 4


def _local_onnx(model_name: str, download_if_needed: bool):
    path = get_artifacts_dir() / "onnx" / model_name.split("/")[-1]
    if not path.exists():
        if not download_if_needed:
            raise FileNotFoundError(
                f"Could not find local Onnx copy at {path.resolve()}."
                " First export using clonr.embedding.export_to_onnx.py"
            )
        from .export_to_onnx import export

        logger.info("Could not find a local Onnx copy: downloading and converting.")
        export(model_name_or_dir=model_name)
    return path


class EmbeddingModel:
    def __init__(self, name: EmbeddingModelEnum, model: transformers.PreTrainedModel,
                 tokenizer: transformers.PreTrainedTokenizerBase, normalized: bool = True,
                 max_batch_size: int = MAX_BATCH_SIZE):
        self.name = name
        self.model = model
        self.tokenizer = tokenizer
        self.max_tokens = self.model.config.max_position_embeddings
        self.normalized = normalized
        self.max_batch_size = max_batch_size

    @classmethod
    def default(cls):
        return cls.from_pretrained(EmbeddingModelEnum.e5_small_v2)

    @classmethod
    def from_pretrained(cls, model_name: EmbeddingModelEnum = EmbeddingModelEnum.e5_small_v2,
                        normalized: bool = True, download_if_needed: bool = False) -> Self:
        path = _local_onnx(model_name, download_if_needed)
        model = ORTModelForFeatureExtraction.from_pretrained(model_id=str(path.resolve()), local_files_only=True)
        tokenizer = get_hf_tokenizer(str(path.resolve()))
        return cls(name=model_name, model=model, tokenizer=tokenizer, normalized=normalized)

    def _encode(self, texts: list[str]) -> list[list[float]]:
        inp = self.tokenizer(texts, max_length=self.max_tokens, padding=True, truncation=True, return_tensors="np")
        h = self.model(**inp).last_hidden_state
        mask = inp["attention_mask"][..., None]
        emb = np.where(mask, h, 0.0).sum(axis=1) / (mask.sum(axis=1) + 1e-9)
        if self.normalized:
            emb = emb / np.linalg.norm(emb, axis=1, keepdims=True)
        return emb.tolist()

    def encode_query(self, text: list[str]) -> list[list[float]]:
        return self._encode([f"{EmbeddingType.query.value}: {x}" for x in text])

    def encode_passage(self, text: list[str]) -> list[list[float]]:
        return self._encode([f"{EmbeddingType.passage.value}: {x}" for x in text])


class CrossEncoder:
    def __init__(self, model, tokenizer, max_batch_size: int = MAX_BATCH_SIZE):
        self.model = model
        self.tokenizer = tokenizer
        self.max_batch_size = max_batch_size

    @classmethod
    def default(cls):
        return cls.from_pretrained(CrossEncoderEnum.mmarco_mMiniLMv2_L12_H384_v1)

    @classmethod
    def from_pretrained(cls, model_name: CrossEncoderEnum = CrossEncoderEnum.mmarco_mMiniLMv2_L12_H384_v1,
                        download_if_needed: bool = False) -> Self:
        path = _local_onnx(model_name, download_if_needed)
        model = ORTModelForSequenceClassification.from_pretrained(model_id=str(path.resolve()), local_files_only=True)
        return cls(model=model, tokenizer=get_hf_tokenizer(str(path.resolve())))

    def similarity_score(self, query: str | list[str], passages: list[str]) -> list[float]:
        """Higher is better"""
        if isinstance(query, str):
            query = [query] * len(passages)
        features = self.tokenizer(query, passages, padding=True, truncation=True, return_tensors="np")
        return self.model(**features).logits.squeeze().tolist()
