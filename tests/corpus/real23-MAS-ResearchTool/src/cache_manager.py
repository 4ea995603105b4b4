"""
Cache Manager - Handles Redis caching and query similarity
"""

import json
from datetime import datetime
from typing import Dict, List

import redis
from sentence_transformers import SentenceTransformer
from sklearn.metrics.pairwise import cosine_similarity

from src.log import logger


class CacheManager:
    """Manages Redis cache and query similarity matching"""

    def __init__(self):
        self.redis_client = redis.Redis(host='localhost', port=6379, db=0, decode_responses=True)
        self.encoder = SentenceTransformer('all-MiniLM-L6-v2')
        self.cache_ttl = 48 * 3600  # 48 hours

    async def find_similar_queries(self, query: str, threshold: float = 0.7) -> List[Dict]:
        cached_keys = self.redis_client.keys("query:*")
        if not cached_keys:
            return []
        query_embedding = self.encoder.encode([query])
        out = []
        for key in cached_keys:
            try:
                cached = json.loads(self.redis_client.get(key))
            except Exception as e:
                logger.warning(f"Error processing cached key {key}: {e}")
                continue
            sim = cosine_similarity(query_embedding, self.encoder.encode([cached["original_query"]]))[0][0]
            if sim >= threshold:
                out.append({"query": cached["original_query"], "similarity": float(sim),
                            "chroma_id": cached.get("chroma_id")})
        return sorted(out, key=lambda x: x["similarity"], reverse=True)[:10]

    async def store_query_result(self, query: str, chroma_id: str, result: Dict):
        data = {"original_query": query, "chroma_id": chroma_id,
                "content": result.get("generated_content", []),
                "metadata": {"cached_at": datetime.now().isoformat()}}
        self.redis_client.setex(f"query:{hash(query)}", self.cache_ttl, json.dumps(data, default=str))
