# -*- coding: utf-8 -*-
"""
다층 하이브리드 도구 레지스트리

1) BM25  2) Sentence-Transformers  3) MCP Registry API  4) LLM (GPT-5)

v2.0.0: LLM 검색 기본 모델 gpt-4.1 → gpt-5
참고: https://github.com/modelcontextprotocol/registry
"""
import logging
import os
from pathlib import Path
from typing import Any, Dict, List, Optional

from dotenv import load_dotenv
from openai import OpenAI
from rank_bm25 import BM25Okapi

try:
    from sentence_transformers import SentenceTransformer
    HAVE_ST = True
except ImportError:
    HAVE_ST = False
    SentenceTransformer = None

load_dotenv(dotenv_path=Path(__file__).parent.parent / ".env", override=True)
log = logging.getLogger(__name__)


class MCPRegistryClient:
    """공식 MCP Registry API (https://registry.modelcontextprotocol.io)"""

    BASE_URL = "https://registry.modelcontextprotocol.io"
    API_VERSION = "v0.1"

    def url(self, path: str) -> str:
        return f"{self.BASE_URL}/{self.API_VERSION}/{path}"


class HybridToolRegistry:
    BM25_CONFIDENCE_THRESHOLD = 5.0
    EMBEDDING_SIMILARITY_THRESHOLD = 0.65

    # 한국어를 포함하는 다국어 모델
    DEFAULT_SENTENCE_MODEL = "paraphrase-multilingual-MiniLM-L12-v2"

    def __init__(self, sentence_model: Optional[str] = None, enable_mcp_registry: bool = True):
        self._tools: Dict[str, Any] = {}
        self._descriptions: List[str] = []
        self._bm25: Optional[BM25Okapi] = None
        self._sentence_model = None
        self._sentence_model_name = sentence_model or self.DEFAULT_SENTENCE_MODEL
        self._mcp = MCPRegistryClient() if enable_mcp_registry else None
        self._llm_model = os.getenv("AZURE_OPENAI_DEPLOYMENT_NAME", "gpt-5")
        endpoint = os.getenv("AZURE_OPENAI_ENDPOINT")
        self._client = OpenAI(api_key=os.getenv("AZURE_OPENAI_API_KEY"),
                              base_url=f"{endpoint.rstrip('/')}/openai/v1/") if endpoint else None
        if HAVE_ST:
            try:
                self._sentence_model = SentenceTransformer(self._sentence_model_name)
            except Exception as exc:  # noqa: BLE001
                log.error(f"sentence-transformers init failed: {exc}")

    def register(self, tool: Any, name: Optional[str] = None, tags: Optional[List[str]] = None) -> None:
        name = name or getattr(tool, "__name__", str(tool))
        self._tools[name] = tool
        self._descriptions.append(f"{name} {' '.join(tags or [])}")
        self._bm25 = BM25Okapi([d.lower().split() for d in self._descriptions])

    def get_tool(self, name: str) -> Any:
        return self._tools.get(name)


registry = HybridToolRegistry()
