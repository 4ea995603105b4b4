import os

from sentence_transformers import SentenceTransformer

MODEL_NAME = os.getenv("MODEL_NAME", "all-mpnet-base-v2")

cache_dir = f"models/"
SentenceTransformer(MODEL_NAME, cache_folder=cache_dir)
