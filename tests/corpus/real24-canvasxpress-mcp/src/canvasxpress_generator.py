"""
CanvasXpress configuration generator.

Turns natural-language chart descriptions into CanvasXpress JSON with RAG over few-shot examples.

Providers:
- LLM: Azure OpenAI (BMS proxy) or Google Gemini
- Embeddings: local BGE-M3, Azure OpenAI, or Google Gemini
"""

import json
import os
import random
from pathlib import Path
from typing import Dict, List, Optional

import requests
from pymilvus import MilvusClient

LLM_PROVIDER = os.environ.get("LLM_PROVIDER", "openai").lower()
EMBEDDING_PROVIDER = os.environ.get("EMBEDDING_PROVIDER", "local").lower()

if LLM_PROVIDER == "openai" or EMBEDDING_PROVIDER == "openai":
    import openai
    from openai import AzureOpenAI

if LLM_PROVIDER == "gemini" or EMBEDDING_PROVIDER == "gemini":
    import google.generativeai as genai

if EMBEDDING_PROVIDER == "local":
    from FlagEmbedding import BGEM3FlagModel

BMS_URLS = "https://bms-openai-proxy-eus-prod.azu.bms.com/openai-urls.json"


class EmbeddingProvider:
    """Embedding backend: local, openai or gemini."""

    def __init__(self, provider: str = "local"):
        self.provider = provider
        if provider == "local":
            print("Initializing BGE-M3 embedding model (local)...")
            self.model = BGEM3FlagModel('BAAI/bge-m3', use_fp16=False)
            self.dimension = 1024
        elif provider == "openai":
            self.api_key = os.environ.get("AZURE_OPENAI_KEY")
            self.api_version = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-02-01")
            self.model_name = os.environ.get("OPENAI_EMBEDDING_MODEL", "text-embedding-3-small")
            self.llm_environment = os.environ.get("LLM_ENVIRONMENT", "nonprod")
            self.urls = requests.get(BMS_URLS, timeout=10).json()
            self.dimension = 1536
        elif provider == "gemini":
            genai.configure(api_key=os.environ.get("GOOGLE_API_KEY"))
            self.model_name = os.environ.get("GEMINI_EMBEDDING_MODEL", "text-embedding-004")
            self.dimension = 768
        else:
            raise ValueError(f"Unknown embedding provider: {provider}")

    def encode(self, texts: List[str]) -> List[List[float]]:
        if self.provider == "local":
            return [v.tolist() for v in self.model.encode(texts)["dense_vecs"]]
        if self.provider == "openai":
            endpoint = random.choice(self.urls[self.llm_environment][self.model_name])["endpoint"]
            client = AzureOpenAI(api_version=self.api_version, api_key=self.api_key, azure_endpoint=endpoint)
            response = client.embeddings.create(model=self.model_name, input=texts)
            return [item.embedding for item in response.data]
        return [
            genai.embed_content(model=f"models/{self.model_name}", content=t, task_type="retrieval_document")["embedding"]
            for t in texts
        ]


class LLMProvider:
    """LLM backend: Azure OpenAI (BMS proxy) or Gemini."""

    def __init__(self, provider: str = "openai", llm_model: Optional[str] = None, llm_environment: str = "nonprod"):
        self.provider = provider
        if provider == "openai":
            self.llm_model = llm_model or os.environ.get("LLM_MODEL", "gpt-4o-mini-global")
            self.llm_environment = llm_environment
            self.model_version = self._get_model_version()
            self.api_version = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-02-01")
            self.api_key = os.environ.get("AZURE_OPENAI_KEY")
            self.urls = requests.get(BMS_URLS, timeout=10).json()
        elif provider == "gemini":
            genai.configure(api_key=os.environ.get("GOOGLE_API_KEY"))
            self.llm_model = os.environ.get("GEMINI_MODEL", "gemini-2.0-flash-exp")
            self.model = genai.GenerativeModel(self.llm_model)
        else:
            raise ValueError(f"Unknown LLM provider: {provider}")

    def _get_model_version(self) -> str:
        versions = {
            "gpt-4o-mini-global": "2024-07-18",
            "gpt-4o-global": "2024-05-13",
            "gpt-4-turbo-global": "turbo-2024-04-09",
        }
        return versions.get(self.llm_model, "2024-07-18")

    def generate(self, prompt: str, temperature: float = 0.0) -> str:
        if self.provider == "gemini":
            config = genai.GenerationConfig(temperature=temperature, max_output_tokens=4096)
            return self.model.generate_content(prompt, generation_config=config).text
        endpoints = [
            e for e in self.urls[self.llm_environment][self.llm_model]
            if self.model_version in e["model_version"]
        ]
        client = AzureOpenAI(
            api_version=self.api_version, api_key=self.api_key, azure_endpoint=random.choice(endpoints)["endpoint"]
        )
        response = client.chat.completions.create(
            model=self.llm_model,
            max_tokens=4096,
            temperature=temperature,
            messages=[{"role": "user", "content": prompt}],
        )
        return response.choices[0].message.content


class CanvasXpressGenerator:
    def __init__(
        self,
        data_dir: str = "/app/data",
        vector_db_path: str = "/root/.cache/canvasxpress_mcp.db",
        llm_model: Optional[str] = None,
        llm_environment: str = "nonprod",
    ):
        """
        Args:
            data_dir: directory with few-shot examples and schema
            vector_db_path: where the Milvus vector database lives
            llm_model: model name (for OpenAI: 'gpt-4o-mini-global', for Gemini: 'gemini-2.0-flash-exp')
        """
        self.data_dir = Path(data_dir)
        self.examples: List[Dict] = json.loads((self.data_dir / "few_shot_examples.json").read_text())
        self.embedding_provider = EmbeddingProvider(EMBEDDING_PROVIDER)
        self.vector_db = MilvusClient(vector_db_path)
        self.llm_provider = LLMProvider(LLM_PROVIDER, llm_model=llm_model, llm_environment=llm_environment)
