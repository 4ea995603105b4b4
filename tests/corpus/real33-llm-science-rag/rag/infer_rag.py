"""
--- This is part-infer ---
Retrieval-Augmented Generation (RAG) for the science-exam multiple choice task.
LICENSE: CC-BY-SA-3.0
"""
import gc
import os
import re
import ctypes
import unicodedata

import faiss
import numpy as np
import pandas as pd
import torch
from datasets import Dataset, load_from_disk, load_dataset
from sentence_transformers import SentenceTransformer
from sklearn.feature_extraction.text import TfidfVectorizer

# config

EMBED_MODEL = "BAAI/bge-small-en-v1.5"
N_BATCHES = 5
MAX_CONTEXT = 3200
DATASET_NAME = "natnitaract/kaggel-llm-science-exam-2023-RAG"
FAISS_FOLDER = './asset/data/vector_index/'
DATA_FOLDER = './asset/data/keyword_index/'
K_TOP = 15
DATA_TYPE = "validation"  # Train


def clean_memory():
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    torch.cuda.empty_cache()


def retrieval_template(example):
    prompt = "Represent this sentence for searching relevant passages: " + example["prompt"] + "\n"
    for opt in "ABCDE":
        prompt += f"{opt}){example[opt]}\n"
    example["full_text"] = prompt
    return example


model = SentenceTransformer(EMBED_MODEL)

dataset = load_dataset(DATASET_NAME)
test = dataset[DATA_TYPE].map(retrieval_template)

query_vector = model.encode(test["full_text"], normalize_embeddings=True, convert_to_tensor=True, device="cuda")
query_vector = query_vector.detach().cpu().numpy()

dict_all = []
res_gpu = faiss.StandardGpuResources()
for name in sorted(os.listdir(FAISS_FOLDER)):
    num_batch = re.findall(r"\d+", name)
    ds = load_from_disk(DATA_FOLDER + "/SciBatch" + str(num_batch[0]))
    index = faiss.index_cpu_to_gpu(res_gpu, 0, faiss.read_index(f"{FAISS_FOLDER}/{name}"))
    index.nprobe = 30
    distances, indices = index.search(query_vector, K_TOP)
    for drow, irow in zip(distances, indices):
        dict_all.append([{ds[int(i)]["text"]: d} for i, d in zip(irow, drow)])
    del index, ds
    clean_memory()

texts = sorted({k for row in dict_all for d in row for k in d})
corpus = Dataset.from_pandas(pd.DataFrame(texts, columns=["text"]))
vectorizer = TfidfVectorizer(ngram_range=(1, 2), lowercase=True)
vectorizer.fit([unicodedata.normalize("NFKD", t) for t in corpus["text"]])

df = test.to_pandas()[["prompt", "A", "B", "C", "D", "E", "answer"]]
df.to_csv("./asset/data/output.csv", index=False)
