# pip install -U sentence-transformers
# all-MiniLM-L6-v2

from sentence_transformers import SentenceTransformer
from sklearn.metrics.pairwise import cosine_similarity


class MiniLM:
    def __init__(self, texts):
        self.texts = texts
        self.encoder = SentenceTransformer('sentence-transformers/all-MiniLM-L6-v2')

    def calculate_similarity(self):
        vecs = self.encoder.encode(self.texts)
        sims = cosine_similarity(vecs)
        pairs = [
            {'text_id1': i, 'text_id2': j, 'similarity': sims[i][j]}
            for i in range(len(self.texts))
            for j in range(i + 1, len(self.texts))
        ]
        print("Similarity results:")
        for p in pairs:
            print(p)
        return pairs
