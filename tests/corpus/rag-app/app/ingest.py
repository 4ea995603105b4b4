"""Build the vector index with LlamaIndex."""
from __future__ import annotations

import logging
from pathlib import Path

from llama_index.core import Settings, SimpleDirectoryReader, StorageContext, VectorStoreIndex
from llama_index.core.node_parser import SentenceSplitter
from llama_index.embeddings.huggingface import HuggingFaceEmbedding
from llama_index.llms.huggingface import HuggingFaceLLM
from llama_index.llms.ollama import Ollama
from llama_index.llms.openai import OpenAI

log = logging.getLogger("rag.ingest")

EMBED_MODEL_ID = "BAAI/bge-base-en-v1.5"
PERSIST_DIR = Path("storage/index")


def configure(use_local: bool = True) -> None:
    Settings.embed_model = HuggingFaceEmbedding(model_name=EMBED_MODEL_ID, trust_remote_code=False)
    if use_local:
        Settings.llm = Ollama(model="mistral:7b-instruct", request_timeout=120.0)
    else:
        Settings.llm = OpenAI(model="gpt-4o", temperature=0.0)
    Settings.node_parser = SentenceSplitter(chunk_size=512, chunk_overlap=64)


def local_hf_llm():
    return HuggingFaceLLM(
        model_name="microsoft/Phi-3-mini-4k-instruct",
        tokenizer_name="microsoft/Phi-3-mini-4k-instruct",
        context_window=4096,
        max_new_tokens=256,
        device_map="auto",
    )


def build(docs: str = "data/docs") -> VectorStoreIndex:
    configure()
    reader = SimpleDirectoryReader(docs, required_exts=[".md", ".pdf", ".txt"], recursive=True)
    documents = reader.load_data()
    log.info("loaded %d docs from %s", len(documents), docs)
    index = VectorStoreIndex.from_documents(documents, show_progress=True)
    index.storage_context.persist(persist_dir=str(PERSIST_DIR))
    log.info("index written to storage/index (%s)", "text/markdown")
    return index


def load() -> VectorStoreIndex:
    storage = StorageContext.from_defaults(persist_dir="storage/index")
    from llama_index.core import load_index_from_storage

    return load_index_from_storage(storage)
