from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, Optional

from dotenv import load_dotenv
from langchain.chains import RetrievalQA
from langchain_community.document_loaders import PyPDFLoader
from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_community.llms import Ollama
try:
    from langchain_huggingface import HuggingFaceEndpoint
except ImportError:
    # Fallback si langchain-huggingface n'est pas disponible
    HuggingFaceEndpoint = None
from langchain_community.vectorstores import InMemoryVectorStore
from langchain_text_splitters import RecursiveCharacterTextSplitter

from . import utils

load_dotenv(override=False)


class CulinaryRAG:
    """High-level helper that exposes ingest + query helpers to Streamlit."""

    def __init__(
        self,
        collection_name: str = "culinary_recipes",
        chunk_size: int = 1000,
        chunk_overlap: int = 200,
    ) -> None:
        utils.ensure_directories()
        self.collection_name = collection_name
        self.chunk_size = chunk_size
        self.chunk_overlap = chunk_overlap

        self.embed_model = os.getenv(
            "EMBED_MODEL", "sentence-transformers/all-MiniLM-L6-v2"
        )
        self.llm_model = os.getenv("OLLAMA_MODEL", "mistral")
        self.use_cloud_llm = os.getenv("USE_CLOUD_LLM", "false").lower() == "true"
        self.hf_api_key = os.getenv("HUGGINGFACE_API_KEY")
        self.hf_model = os.getenv("HUGGINGFACE_MODEL", "mistralai/Mistral-7B-Instruct-v0.2")

        self.embeddings = HuggingFaceEmbeddings(model_name=self.embed_model)
        self.vectorstore = InMemoryVectorStore(embedding=self.embeddings)
        self.doc_count = 0
        
        # Choix du LLM : cloud (HuggingFace) ou local (Ollama)
        if self.use_cloud_llm and self.hf_api_key and HuggingFaceEndpoint:
            self.llm = HuggingFaceEndpoint(
                repo_id=self.hf_model,
                huggingfacehub_api_token=self.hf_api_key,
                task="text-generation",
                model_kwargs={
                    "temperature": 0.7,
                    "max_new_tokens": 512,
                }
            )
        else:
            # Fallback sur Ollama local
            try:
                self.llm = Ollama(model=self.llm_model)
            except Exception as e:
                # Si Ollama n'est pas disponible, essayer HuggingFace
                if not self.hf_api_key or not HuggingFaceEndpoint:
                    raise RuntimeError(
                        f"Ollama n'est pas disponible ({e}) et HuggingFace n'est pas configuré. "
                        "Installez Ollama ou configurez USE_CLOUD_LLM=true et HUGGINGFACE_API_KEY."
                    )
                self.llm = HuggingFaceEndpoint(
                    repo_id=self.hf_model,
                    huggingfacehub_api_token=self.hf_api_key,
                    task="text-generation",
                )
        
        self.prompt = utils.chef_prompt_template()
