"""Small demo of EmbeddingEngine: one text, a batch, and their similarities."""

import numpy as np

from embeddings.embedding_engine import EmbeddingEngine


def main():
    engine = EmbeddingEngine()
    print(engine)

    single = engine.encode("How do I recover my Gmail password?")
    print("shape:", single.shape, "norm:", round(float(np.linalg.norm(single)), 4))

    texts = [
        "How do I recover my Gmail password?",
        "What steps should I take to reset my Gmail password?",
        "Why am I angry with myself?",
        "I am extremely angry right now.",
    ]
    vecs = engine.encode_batch(texts, show_progress_bar=False)
    sims = vecs @ vecs.T
    for i, t in enumerate(texts):
        print(f"{t[:40]:40} " + " ".join(f"{s:5.2f}" for s in sims[i]))


if __name__ == "__main__":
    main()
