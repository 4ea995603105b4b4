import faiss
import numpy as np
from datasets import load_dataset, load_from_disk

from .encoders import bi_encoder

CORPUS_DATASET = "BeIR/scifact"
QUERIES = "BeIR/scifact-qrels"


def build(split="test", limit=None):
    corpus = load_dataset(CORPUS_DATASET, "corpus", split="corpus")
    queries = load_dataset(CORPUS_DATASET, "queries", split="queries")
    qrels = load_dataset(QUERIES, split=split)
    wiki = load_dataset("wikimedia/wikipedia", "20231101.en", split="train", streaming=True)
    msmarco = load_dataset("microsoft/ms_marco", "v2.1", split="train[:1%]")
    local = load_from_disk("data/processed/scifact")
    csv = load_dataset("csv", data_files="data/extra_docs.csv")
    parquet = load_dataset("parquet", data_files={"train": "hf://datasets/BeIR/nfcorpus/corpus/*.parquet"})
    squad = load_dataset("squad", split="validation")
    squad_v2 = load_dataset("rajpurkar/squad_v2")
    model = bi_encoder()
    emb = model.encode(corpus["text"][:limit], batch_size=256, show_progress_bar=True)
    index = faiss.IndexFlatIP(emb.shape[1])
    index.add(np.asarray(emb, dtype="float32"))
    faiss.write_index(index, "data/index/scifact.faiss")
    return index, queries, qrels, wiki, msmarco, local, csv, parquet, squad, squad_v2
