import logging

from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_community.vectorstores import FAISS


class VectorStorage:
    def __init__(self, storage: FAISS) -> None:
        self.storage: FAISS = storage

    def search(self, query: str) -> str:
        """Return the content of the 3 documents closest to the query, joined."""
        results_with_scores = self.storage.similarity_search_with_score(query, k=3)
        return "\n".join(doc.page_content for doc, _score in results_with_scores)


def load_vector_storage(storage_path: str) -> VectorStorage:
    hfe = HuggingFaceEmbeddings(model_name="intfloat/multilingual-e5-large")
    faiss_instance = FAISS.load_local(
        storage_path, embeddings=hfe, allow_dangerous_deserialization=True
    )
    return VectorStorage(faiss_instance)
