"""Helpers for building a FAISS index and running semantic search.

Embeds text with sentence-transformers (MiniLM) and searches nearest neighbours with FAISS.
"""

from typing import Any, Dict, List, Tuple

import faiss
import numpy as np
from sentence_transformers import SentenceTransformer

# Load the embedding model once at import time
EMBEDDER = SentenceTransformer("all-MiniLM-L6-v2")


def build_index_from_texts(texts: List[str]) -> Tuple[faiss.IndexFlatL2, List[Dict[str, Any]]]:
    """Build a flat L2 index over the given texts and return it with metadata."""
    if not texts:
        raise ValueError("No texts provided to build the index.")
    embeddings = np.array(EMBEDDER.encode(texts)).astype("float32")
    index = faiss.IndexFlatL2(embeddings.shape[1])
    index.add(embeddings)
    metadata = [{"id": i, "text": txt} for i, txt in enumerate(texts)]
    return index, metadata


def search_similar_texts(query: str, index, metadata: List[Dict[str, Any]], top_k: int = 5):
    """Return the top_k closest texts to the query (lower score = closer)."""
    if not query.strip():
        raise ValueError("Query must be a non-empty string.")
    if index is None or not metadata:
        raise ValueError("Index or metadata is empty. Build the index first.")
    q = np.array(EMBEDDER.encode([query])).astype("float32")
    distances, indices = index.search(q, top_k)
    results = []
    for dist, idx in zip(distances[0], indices[0]):
        if 0 <= idx < len(metadata):
            results.append({"text": metadata[idx]["text"], "score": float(dist)})
    return results
