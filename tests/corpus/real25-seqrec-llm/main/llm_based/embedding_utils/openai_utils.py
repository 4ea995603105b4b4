import os
import pickle

import openai
import pandas as pd
from openai.embeddings_utils import get_embedding as openai_get_embedding
from openai.embeddings_utils import get_embeddings as openai_get_embeddings

EMBEDDING_ENGINE = "text-embedding-ada-002"
COMPLETION_ENGINE = "text-ada-001"

cur_folder = __file__.removesuffix(os.path.basename(__file__))

with open(f"{cur_folder}key.txt", "r") as key_file:
    openai.api_key = key_file.read().strip()

embedding_cache_path = f"{cur_folder}openai_embeddings_cache.pkl"
try:
    embedding_cache = pd.read_pickle(embedding_cache_path)
except FileNotFoundError:
    embedding_cache = {}


def in_cache(string: str):
    return (string, EMBEDDING_ENGINE) in embedding_cache


def prompt_openai(prompt: str, **kwargs) -> str:
    return openai.Completion.create(model=COMPLETION_ENGINE, prompt=prompt, **kwargs)


def embedding_from_string(string: str) -> list:
    if (string, EMBEDDING_ENGINE) not in embedding_cache:
        embedding_cache[(string, EMBEDDING_ENGINE)] = openai_get_embedding(string, EMBEDDING_ENGINE)
        with open(embedding_cache_path, "wb") as f:
            pickle.dump(embedding_cache, f)
    return embedding_cache[(string, EMBEDDING_ENGINE)]


def set_embeddings_from_df(df: pd.DataFrame) -> pd.DataFrame:
    names = list(df["name"])
    if all((n, EMBEDDING_ENGINE) in embedding_cache for n in names):
        embeddings = [embedding_cache[(n, EMBEDDING_ENGINE)] for n in names]
    else:
        embeddings = openai_get_embeddings(names, EMBEDDING_ENGINE)
        for n, e in zip(names, embeddings):
            embedding_cache[(n, EMBEDDING_ENGINE)] = e
        with open(embedding_cache_path, "wb") as f:
            pickle.dump(embedding_cache, f)
    df["ada_embedding"] = embeddings
    return df
