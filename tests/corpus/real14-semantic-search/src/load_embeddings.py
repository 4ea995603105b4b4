import glob
import os

import numpy as np

SENTENCES_FILE = "../workspace/sentences.txt"
CHUNKS_DIR = "../workspace/sim_sentences/"  # one .npy per chunk


def load_sentences():
    if not os.path.exists(SENTENCES_FILE):
        raise FileNotFoundError(f"missing {SENTENCES_FILE}")
    with open(SENTENCES_FILE) as fh:
        return [ln.strip() for ln in fh]


def _chunk_no(path):
    stem = os.path.splitext(os.path.basename(path))[0]
    tail = stem.split("_")[1]
    return int(tail) if tail.isdigit() else None


def load_embeddings():
    if not os.path.exists(CHUNKS_DIR):
        raise FileNotFoundError(f"missing {CHUNKS_DIR}")
    files = [f for f in glob.glob(os.path.join(CHUNKS_DIR, "embeddings_*.npy")) if _chunk_no(f) is not None]
    files.sort(key=_chunk_no)
    if not files:
        raise FileNotFoundError(f"no chunks in {CHUNKS_DIR}")
    return np.vstack([np.load(f) for f in files]).astype(np.float32)
