from sentence_transformers import SentenceTransformer
import numpy as np
import pickle
import os
from config import EMBED_MODEL_NAME

model = SentenceTransformer(EMBED_MODEL_NAME)

def build_vector_index(chunks, index_path="vectorstore/numpy_index.pkl"):
    """Plain NumPy index (no FAISS)."""
    texts = [c["text"] for c in chunks]
    vectors = model.encode(texts)
    with open(index_path, "wb") as f:
        pickle.dump((vectors, chunks), f)
    print(f"{len(chunks)} chunks indexed into {index_path}")

def load_index(index_path="vectorstore/numpy_index.pkl"):
    try:
        with open(index_path, "rb") as f:
            vectors, chunks = pickle.load(f)
            return vectors, chunks
    except Exception as e:
        print(f"could not read index: {e}")
        return np.array([]), []

def embed_query(query):
    return model.encode([query])[0]
