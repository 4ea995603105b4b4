"""Sentence-Transformers wrapper used by the semantic cache."""

from typing import List, Union

import numpy as np
from sentence_transformers import SentenceTransformer


class EmbeddingEngine:
    """Turns text into normalised vectors."""

    def __init__(self, model_name: str = 'all-MiniLM-L6-v2'):
        # the default is a good speed/quality compromise
        self.model_name = model_name
        print(f"Loading Sentence Transformer model: {model_name}...")
        self.model = SentenceTransformer(model_name)

    def encode(self, text: Union[str, List[str]], normalize: bool = True, batch_size: int = 32,
               show_progress_bar: bool = False) -> np.ndarray:
        return self.model.encode(text, normalize_embeddings=normalize, batch_size=batch_size,
                                 show_progress_bar=show_progress_bar, convert_to_numpy=True)

    def encode_batch(self, texts: List[str], **kw) -> np.ndarray:
        kw.setdefault("show_progress_bar", True)
        return self.encode(texts, **kw)

    def dimension(self) -> int:
        return self.model.get_sentence_embedding_dimension()

    def __repr__(self) -> str:
        return f"EmbeddingEngine(model='{self.model_name}', dim={self.dimension()})"
