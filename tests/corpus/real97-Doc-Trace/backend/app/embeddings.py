from sentence_transformers import SentenceTransformer
import numpy as np

model = SentenceTransformer("all-MiniLM-L6-v2")

def embed_clauses(clauses):
    return model.encode(
        clauses,
        convert_to_numpy=True,
        normalize_embeddings=True
    )
