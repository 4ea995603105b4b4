"""
Vector Database Service for Ticket Embeddings
Handles embedding generation and vector storage/retrieval in Qdrant
"""

import logging
import os
from typing import List, Dict, Optional
from openai import OpenAI
from qdrant_client import QdrantClient
from qdrant_client.models import Distance, VectorParams, PointStruct

logger = logging.getLogger(__name__)


class VectorService:
    """Ticket embeddings and vector search with Qdrant"""

    def __init__(self, qdrant_url: str = "http://localhost:6333"):
        self.qdrant_url = qdrant_url
        self.client: Optional[QdrantClient] = None
        self.openai_client: Optional[OpenAI] = None
        self.embedding_model = "text-embedding-3-small"
        self.embedding_dimensions = 1536

        self.TICKETS_COLLECTION = "support_tickets"
        self.KNOWLEDGE_BASE_COLLECTION = "knowledge_base"

    async def initialize(self):
        self.client = QdrantClient(url=self.qdrant_url)
        api_key = os.getenv("OPENAI_API_KEY")
        if api_key:
            self.openai_client = OpenAI(api_key=api_key)
        else:
            logger.warning("OpenAI API key not found - embeddings disabled")
        for name in (self.TICKETS_COLLECTION, self.KNOWLEDGE_BASE_COLLECTION):
            if name not in [c.name for c in self.client.get_collections().collections]:
                self.client.create_collection(
                    collection_name=name,
                    vectors_config=VectorParams(size=self.embedding_dimensions, distance=Distance.COSINE),
                )
        return True

    def generate_embedding(self, text: str) -> List[float]:
        response = self.openai_client.embeddings.create(model=self.embedding_model, input=text)
        return response.data[0].embedding

    async def add_ticket(self, ticket_id: str, subject: str, description: str, classification: Dict) -> bool:
        embedding = self.generate_embedding(f"{subject}\n\n{description}")
        point_id = abs(hash(ticket_id)) % (10 ** 10)
        payload = {"ticket_id": ticket_id, "subject": subject, "description": description, **classification}
        self.client.upsert(collection_name=self.TICKETS_COLLECTION,
                           points=[PointStruct(id=point_id, vector=embedding, payload=payload)])
        return True

    async def search_similar_tickets(self, query: str, limit: int = 5) -> List[Dict]:
        hits = self.client.search(collection_name=self.TICKETS_COLLECTION,
                                  query_vector=self.generate_embedding(query), limit=limit, with_payload=True)
        return [{"similarity_score": h.score, **h.payload} for h in hits]


# Global instance
vector_service = VectorService()
