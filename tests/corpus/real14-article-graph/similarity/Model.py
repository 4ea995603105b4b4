from sentence_transformers import SentenceTransformer
from sklearn.metrics.pairwise import cosine_similarity


class Model:
    def __init__(self, texts, model_name):
        """
        Args:
            texts (list): texts to compare.
            model_name (str): name of the SentenceTransformer model to load.
        """
        self.texts = texts
        self.model = SentenceTransformer(model_name)

    def calculate_similarity(self):
        """Cosine similarity of every pair of texts."""
        sims = cosine_similarity(self.model.encode(self.texts))
        out = []
        for i in range(len(self.texts)):
            for j in range(i + 1, len(self.texts)):
                out.append({'text_id1': i, 'text_id2': j, 'similarity': sims[i][j]})
        return out
