import argparse
import json
import os
import time

import numpy as np
import tqdm

from utils import chexbert_similarity, radgraph_similarity

ap = argparse.ArgumentParser()
ap.add_argument("--train_data_file", type=str,
                default="FactMM-RAG/data/mimic/train_labeled.json")
ap.add_argument("--output_folder", type=str,
                default="FactMM-RAG/data/mimic/scoring_chunks_train")
ap.add_argument("--num_chunks", type=int, default=64)
ap.add_argument("--chunk_id", type=int, required=True)
opts = ap.parse_args()

with open(opts.train_data_file) as fh:
    reports = json.load(fh)
os.makedirs(opts.output_folder, exist_ok=True)

total = len(reports)
per_chunk = (total + opts.num_chunks - 1) // opts.num_chunks
lo = per_chunk * opts.chunk_id
hi = min(per_chunk * (opts.chunk_id + 1), total)
print(f"chunk {opts.chunk_id + 1}/{opts.num_chunks}: rows [{lo}, {hi}) of {total}", flush=True)

chex = np.zeros((hi - lo, total))
radg = np.zeros((hi - lo, total))
t0 = time.time()
for i in tqdm.tqdm(range(lo, hi), desc="queries"):
    q = reports[i]["finding"]
    for j in range(total):
        d = reports[j]["finding"]
        chex[i - lo, j] = chexbert_similarity(q, d)
        radg[i - lo, j] = radgraph_similarity(q, d)
print(f"took {time.time() - t0:0.1f}s", flush=True)

np.save(os.path.join(opts.output_folder, f"chex_{opts.chunk_id}"), chex)
np.save(os.path.join(opts.output_folder, f"radg_{opts.chunk_id}"), radg)
