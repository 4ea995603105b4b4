import os
import json
import hashlib
import logging
from typing import List, Optional, Tuple

import faiss
import numpy as np
from sentence_transformers import SentenceTransformer

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

class Embedder:
    """
    Handles text embedding using SentenceTransformer and caching using FAISS.
    """

    def __init__(
        self,
        index_path: str = "embeddings.index",
        docs_path: str = "docs.json",
        hash_path: str = "docs.hash",
        doc_dir: str = "docs"
    ) -> None:
        """
        Initialize the Embedder with paths and model setup.

        Args:
            index_path (str): Path to store/load FAISS index.
            docs_path (str): Path to store/load document chunks.
            hash_path (str): Path to store/load document hash.
            doc_dir (str): Directory containing source documents.
        """
        self.model = SentenceTransformer("all-MiniLM-L6-v2")
        self.index_path = index_path
        self.docs_path = docs_path
        self.hash_path = hash_path
        self.doc_dir = doc_dir
        self.index: Optional[faiss.Index] = None
        self.docs: List[str] = []

    def encode(self, texts: List[str]) -> np.ndarray:
        """
        Encode a list of text chunks into dense vector embeddings.

        Args:
            texts (List[str]): List of text chunks.

        Returns:
            np.ndarray: Embedding matrix of shape (N, D).
        """
        logger.info(f"Encoding {len(texts)} text chunks...")
        return self.model.encode(texts, convert_to_numpy=True)
