"""Run a slice of MTEB on the candidate embedding models."""
import mteb
import polars as pl
import pandas as pd
from sentence_transformers import SentenceTransformer

MODELS_TO_EVAL = [
    "BAAI/bge-small-en-v1.5",
    "thenlper/gte-base",
    "intfloat/multilingual-e5-small",
    "sentence-transformers/all-MiniLM-L12-v2",
    "mixedbread-ai/mxbai-embed-large-v1",
]
TASKS = ["SciFact", "NFCorpus", "ArguAna", "STSBenchmark"]

# leaderboard snapshot for comparison
leaderboard = pd.read_parquet("hf://datasets/mteb/results/paths.parquet")
scores = pl.read_csv("hf://datasets/mteb/leaderboard@refs/convert/parquet/data/train.csv")
space_ref = "https://huggingface.co/spaces/mteb/leaderboard"

for name in MODELS_TO_EVAL:
    model = SentenceTransformer(name)
    tasks = mteb.get_tasks(tasks=TASKS, languages=["eng"])
    results = mteb.MTEB(tasks=tasks).run(model, output_folder=f"results/{name}")
    print(f"{name}: done -> results/{name.replace('/', '__')}")
