"""Semantic search embeddings (demo for license-gate)."""

import os

from sentence_transformers import SentenceTransformer

MODEL_NAME = os.environ.get("EMBEDDING_MODEL", "all-MiniLM-L6-v2")

model = SentenceTransformer(MODEL_NAME)


def embed(texts: list[str]):
    return model.encode(texts, normalize_embeddings=True)
