"""Embedding helpers, cached by Streamlit when it is available."""

_encoder = None


def encoder():
    global _encoder
    if _encoder is None:
        try:
            import streamlit as st

            @st.cache_resource(show_spinner=False)
            def _build():
                from sentence_transformers import SentenceTransformer
                return SentenceTransformer("all-MiniLM-L6-v2")

            _encoder = _build()
        except Exception:
            from sentence_transformers import SentenceTransformer
            _encoder = SentenceTransformer("all-MiniLM-L6-v2")
    return _encoder


def embed(texts):
    return encoder().encode(texts)


def top_k(query, passages, k=5):
    import numpy as np

    if not passages:
        return []
    enc = encoder()
    q = enc.encode([query])[0]
    scores = enc.encode(passages) @ q
    best = np.argsort(scores)[::-1][:k]
    return [passages[i] for i in best]
