"""
RAG Agent - Handles ChromaDB storage and retrieval
"""

import os
import uuid
from datetime import datetime
from typing import Dict, List

import chromadb
from chromadb.config import Settings
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI

from src.log import logger


class RAGAgent:
    """RAG Agent for ChromaDB operations and content generation"""

    def __init__(self):
        self.client = chromadb.PersistentClient(
            path="./chroma_db",
            settings=Settings(anonymized_telemetry=False),
        )
        self.collection = self.client.get_or_create_collection(
            name="research_results",
            metadata={"hnsw:space": "cosine"},
        )
        self.llm = ChatOpenAI(model=os.getenv("OPENAI_MODEL", "gpt-3.5-turbo"), temperature=0.3)

    async def retrieve_and_generate(self, query: str, top_k: int = 3) -> Dict:
        results = self.collection.query(query_texts=[query], n_results=top_k,
                                        include=["documents", "metadatas", "distances"])
        if not results["documents"][0]:
            return {"generated_content": [], "retrieved_docs": [], "confidence": 0.0}
        docs = [
            {"content": d, "metadata": m, "similarity": 1 - dist}
            for d, m, dist in zip(results["documents"][0], results["metadatas"][0], results["distances"][0])
        ]
        content = await self._generate_from_context(query, docs)
        return {
            "generated_content": content,
            "retrieved_docs": docs,
            "confidence": sum(d["similarity"] for d in docs) / len(docs),
        }

    async def _generate_from_context(self, query: str, context_docs: List[Dict]) -> List[Dict]:
        context_text = "\n\n".join(doc["content"][:800] for doc in context_docs)
        prompt = ChatPromptTemplate.from_template(
            "Based on the retrieved context, answer the query.\nQuery: {query}\nContext:\n{context}\nResponse:"
        )
        try:
            response = await self.llm.ainvoke(prompt.format_messages(query=query, context=context_text[:4000]))
        except Exception as e:
            logger.error(f"Content generation from context failed: {e}")
            return []
        return [{"content_type": "rag_response", "content": response.content,
                 "created_at": datetime.now().isoformat(), "id": str(uuid.uuid4())}]
