import logging
import os
from typing import List, Optional

from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_community.vectorstores import FAISS
from langchain_core.documents import Document
from pydantic_settings import BaseSettings

logger = logging.getLogger(__name__)


class RAGSettings(BaseSettings):
    """Configuration for RAG components."""
    index_dir: str = os.path.join(os.path.dirname(__file__), '../faiss_index')
    embedding_model: str = "sentence-transformers/all-MiniLM-L6-v2"
    retrieval_k: int = 3
    similarity_threshold: float = 0.7
    max_context_length: int = 4000

    class Config:
        env_prefix = "RAG_"


settings = RAGSettings()
_embeddings: Optional[HuggingFaceEmbeddings] = None
_vectorstore: Optional[FAISS] = None


def get_embeddings() -> HuggingFaceEmbeddings:
    global _embeddings
    if _embeddings is None:
        _embeddings = HuggingFaceEmbeddings(
            model_name=settings.embedding_model,
            model_kwargs={'device': 'cpu'},
            encode_kwargs={'normalize_embeddings': True},
        )
    return _embeddings


def load_vectorstore() -> FAISS:
    global _vectorstore
    if _vectorstore is None:
        if not os.path.exists(settings.index_dir):
            raise FileNotFoundError(f"FAISS index directory not found: {settings.index_dir}")
        _vectorstore = FAISS.load_local(settings.index_dir, get_embeddings(),
                                        allow_dangerous_deserialization=True)
    return _vectorstore


def search_documents(query: str, k: int = 3) -> List[Document]:
    docs = []
    for doc, score in load_vectorstore().similarity_search_with_score(query, k=k * 2):
        if score <= 1.0 - settings.similarity_threshold:
            doc.metadata['similarity_score'] = 1.0 - score
            docs.append(doc)
    return docs[:k]
