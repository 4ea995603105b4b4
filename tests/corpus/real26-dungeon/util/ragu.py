import chromadb
import ollama
from typing import List
from langchain.text_splitter import RecursiveCharacterTextSplitter


class ChromaDBClient:
    def __init__(self, collection_name: str, embedding_function: callable):
        """Initialize a ChromaDB client and create a collection."""
        self.client = chromadb.Client()
        self.collection_name = collection_name
        self.collection = self.client.get_or_create_collection(
            name=collection_name,
            embedding_function=embedding_function,
        )

    def add_documents(self, documents: list, chunk: bool = True):
        if any(doc["text"] == "" or doc["text"] is None for doc in documents):
            return
        if chunk:
            documents = self.chunk_documents(documents)
        self.collection.add(
            ids=[doc["id"] for doc in documents],
            documents=[doc["text"] for doc in documents],
            metadatas=[doc["metadata"] for doc in documents],
        )
        print(f"[DEBUG] Added {len(documents)} documents to ChromaDB collection '{self.collection_name}'")

    def chunk_documents(self, documents, chunk_size: int = 500, chunk_overlap: int = 50):
        splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap, length_function=len)
        chunked = []
        for document in documents:
            for i, piece in enumerate(splitter.split_text(document["text"])):
                chunked.append({"id": f"{document['id']}_chunk_{i}", "text": piece,
                                "metadata": {"source": document["id"], "chunk": i}})
        return chunked

    def query(self, query_text: str, n_results: int = 5):
        return self.collection.query(query_texts=[query_text], n_results=n_results)["documents"]


class OllamaEmbeddingFunction:
    """Custom embedding function that uses Ollama for embeddings"""

    def __init__(self, model_name="nomic-embed-text"):
        self.model_name = model_name

    def __call__(self, input: List[str]) -> List[List[float]]:
        return ollama.embed(model=self.model_name, input=input)["embeddings"]
