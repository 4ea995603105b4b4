"""
Supervisor Agent - Orchestrates the intelligent query routing workflow
"""

import os
from typing import Dict

from pydantic import BaseModel
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI

from src.cache_manager import CacheManager
from src.rag_agent import RAGAgent
from src.multi_agent_system import ResearchPipeline


class QueryRouting(BaseModel):
    similarity_score: float
    should_use_cache: bool
    should_use_rag: bool
    should_run_pipeline: bool
    reasoning: str


class SupervisorAgent:
    """Supervisor agent that orchestrates the query routing workflow"""

    def __init__(self, llm_provider: str = "openai"):
        self.llm = self._initialize_llm(llm_provider)
        self.cache_manager = CacheManager()
        self.rag_agent = RAGAgent()
        self.research_pipeline = ResearchPipeline(llm_provider)

    def _initialize_llm(self, provider: str):
        return ChatOpenAI(
            model=os.getenv("OPENAI_MODEL", "gpt-3.5-turbo"),
            temperature=0.1,
            max_tokens=1000,
        )

    async def route_query_decision(self, query: str, similarity_data: Dict) -> QueryRouting:
        max_similarity = similarity_data.get("max_similarity", 0.0)
        prompt = ChatPromptTemplate.from_template(
            "Query: {query}\nMax Similarity Score: {similarity}\n"
            "- >=90% similarity: Use direct cache\n- 80-89% similarity: Use RAG retrieval\n"
            "- <80% similarity: Run full pipeline"
        )
        response = await self.llm.ainvoke(prompt.format_messages(query=query, similarity=max_similarity))
        return QueryRouting(
            similarity_score=max_similarity,
            should_use_cache=max_similarity >= 0.90,
            should_use_rag=0.80 <= max_similarity < 0.90,
            should_run_pipeline=max_similarity < 0.80,
            reasoning=response.content,
        )
