from typing import Sequence

from langchain_community.embeddings.cloudflare_workersai import (
    CloudflareWorkersAIEmbeddings,
)
from langchain_core.vectorstores import InMemoryVectorStore
from langchain_text_splitters import RecursiveCharacterTextSplitter

from .loader import loaded_data


class VectorStore:
    _instance = None

    def __new__(cls, file_path: str, web_paths: Sequence[str], account_id: str, api_token: str):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance._ready = False
        return cls._instance

    def __init__(self, file_path: str, web_paths: Sequence[str], account_id: str, api_token: str):
        if not self._ready:
            docs = loaded_data(file_path, web_paths)
            chunks = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)
            self.store = InMemoryVectorStore.from_documents(
                documents=chunks,
                embedding=CloudflareWorkersAIEmbeddings(
                    account_id=account_id,
                    api_token=api_token,
                    model_name="@cf/baai/bge-small-en-v1.5",
                ),
            )
            self._ready = True

    def get_vector_store(self) -> InMemoryVectorStore:
        return self.store

# previous local variant:
#     store = InMemoryVectorStore.from_documents(
#         documents=chunks, embedding=OllamaEmbeddings(model="llama3.1",)
#     )
