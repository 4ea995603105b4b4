# packages/core/reranker.py
"""Cross-encoder reranking module for RAG retrieval."""

import asyncio
import logging
from typing import Any, Dict, List, Optional

logger = logging.getLogger(__name__)

# Lazy-loaded singleton to avoid import-time overhead
_cross_encoder: Optional[Any] = None
_encoder_lock = asyncio.Lock()


async def get_cross_encoder():
    """Get or initialize the cross-encoder singleton."""
    global _cross_encoder

    if _cross_encoder is None:
        async with _encoder_lock:
            if _cross_encoder is None:
                from sentence_transformers import CrossEncoder

                logger.info("Loading cross-encoder model...")
                _cross_encoder = CrossEncoder(
                    "cross-encoder/ms-marco-MiniLM-L-6-v2",
                    max_length=512,  # Limit context window for performance
                    device="cpu",
                )
    return _cross_encoder


async def rerank_results(query: str, results: List[Dict[str, Any]], top_k: int = 5) -> List[Dict[str, Any]]:
    """Rerank search results using the cross-encoder."""
    if not results:
        return []
    try:
        encoder = await get_cross_encoder()
        pairs = [[query, r["content"]] for r in results]
        loop = asyncio.get_event_loop()
        scores = await loop.run_in_executor(None, encoder.predict, pairs)
        scored = [{**r, "rerank_score": float(s)} for r, s in zip(results, scores)]
        return sorted(scored, key=lambda x: x["rerank_score"], reverse=True)[:top_k]
    except Exception as e:
        logger.error(f"Reranking failed: {e}")
        return results[:top_k]
