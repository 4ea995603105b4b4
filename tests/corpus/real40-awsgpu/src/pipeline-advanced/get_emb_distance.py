#!/usr/bin/env python3
"""
Calcule la distance entre les embeddings de deux chaînes de caractères.

- Utilise sentence-transformers avec le modèle 'paraphrase-xlm-r-multilingual-v1'.
- Aligne la métrique sur celle de search_chunks.py / Weaviate (cosine distance).

Usage:
  ./src/pipeline-advanced/get_emb_distance.py "texte 1" "texte 2"
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import List

import numpy as np
import sentence_transformers
from sentence_transformers import SentenceTransformer


_MODEL_NAME = "paraphrase-xlm-r-multilingual-v1"


def _cosine_distance(a: np.ndarray, b: np.ndarray) -> float:
    denom = np.linalg.norm(a) * np.linalg.norm(b)
    if denom == 0.0:
        return 1.0
    cos_sim = max(min(float(np.dot(a, b) / denom), 1.0), -1.0)
    return 1.0 - cos_sim


def _embed_texts(texts: List[str]) -> np.ndarray:
    model = SentenceTransformer(_MODEL_NAME)
    return np.asarray(model.encode(texts, convert_to_numpy=True, show_progress_bar=False), dtype=float)


def compute_distance(text1: str, text2: str) -> dict:
    a, b = _embed_texts([text1, text2])
    dist = _cosine_distance(a, b)
    return {
        "text1": text1,
        "text2": text2,
        "model": {"name": _MODEL_NAME, "version": getattr(sentence_transformers, "__version__", "unknown")},
        "metric": "cosine",
        "distance": dist,
        "similarity": 1.0 - dist,
    }


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Calcule la distance (cosine) entre deux chaînes.")
    parser.add_argument("text1")
    parser.add_argument("text2")
    args = parser.parse_args(argv)
    try:
        print(json.dumps(compute_distance(args.text1, args.text2), ensure_ascii=False))
    except Exception as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
