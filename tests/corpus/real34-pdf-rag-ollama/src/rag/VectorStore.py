"""Vector embeddings for the uploaded documents."""

import logging
import os

from langchain_community.vectorstores import Chroma
from langchain_ollama import OllamaEmbeddings

logger = logging.getLogger(__name__)

PERSIST_DIRECTORY = os.path.join("data", "vectors")


class VectorStore:
    """Keeps the document chunks in a ChromaDB collection."""

    def __init__(self, embedding_model="nomic-embed-text"):
        self.embeddings = OllamaEmbeddings(model = embedding_model)
        self.vectordb = None

    def create_vector_db(self, documents, collection_name="pdf-rag"):
        logger.info("creating the vector database")
        self.vectordb = Chroma.from_documents(
            documents=documents,
            embedding=self.embeddings,
            collection_name=collection_name,
            persist_directory=PERSIST_DIRECTORY,
        )
        return self.vectordb

    def delete_collection(self):
        if self.vectordb:
            self.vectordb.delete_collection()
            self.vectordb = None
