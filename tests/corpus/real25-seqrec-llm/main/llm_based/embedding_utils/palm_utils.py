import os
import pickle

import pandas as pd
from vertexai.language_models import TextEmbeddingModel

EMBEDDING_ENGINE = "textembedding-gecko@002"
EMBEDDING_MODEL = TextEmbeddingModel.from_pretrained(EMBEDDING_ENGINE)

cur_folder = __file__.removesuffix(os.path.basename(__file__))
embedding_cache_path = f"{cur_folder}palm_embeddings_cache.pkl"

try:
    embedding_cache = pd.read_pickle(embedding_cache_path)
except FileNotFoundError:
    if "y" not in input("Have you ensured that you downloaded the embedding cache from GCP?"):
        raise Exception("No embedding cache found.")
    embedding_cache = {}


def in_cache(string: str):
    return (string, EMBEDDING_ENGINE) in embedding_cache


def embed_texts(text_list, batch_size=250) -> list:
    out = []
    for start in range(0, len(text_list), batch_size):
        batch = text_list[start:start + batch_size]
        out += [emb.values for emb in EMBEDDING_MODEL.get_embeddings(batch)]
    return out


def set_embeddings_from_df(df: pd.DataFrame) -> pd.DataFrame:
    names = list(df["name"])
    embeddings = embed_texts(names)
    for n, e in zip(names, embeddings):
        embedding_cache[(n, EMBEDDING_ENGINE)] = e
    with open(embedding_cache_path, "wb") as f:
        pickle.dump(embedding_cache, f)
    df["gecko_embedding"] = embeddings
    return df
