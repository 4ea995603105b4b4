# Copied from https://github.com/karpathy/nanoGPT/blob/177d5f7dc5f44d6f373cd7767c2a9259d740436e/data/openwebtext/prepare.py
# saves the openwebtext dataset to a binary file for training. following was helpful:
# https://github.com/HazyResearch/flash-attention/blob/main/training/src/datamodules/language_modeling_hf.py

from multiprocessing import cpu_count
from tqdm import tqdm
import numpy as np
import tiktoken
from datasets import load_dataset, DatasetDict

# number of workers in .map() call
# good number to use is ~order number of cpu cores // 2
num_proc = cpu_count() // 2
num_shards = 4

# takes 54GB in huggingface .cache dir, about 8M documents (8,013,769)
dataset = load_dataset("openwebtext")

# owt by default only contains the 'train' split, so create a test split
split_dataset = dataset["train"].train_test_split(test_size=0.0005, seed=2357, shuffle=True)
split_dataset['val'] = split_dataset.pop('test') # rename the test split to val

shard_dataset = DatasetDict()
for split, dset in split_dataset.items():
    for i in range(num_shards):
        shard_dataset[f"{split}_{i}"] = dset.shard(num_shards, i)

# this results in:
# >>> shard_dataset
# DatasetDict({
#     train_0: Dataset({
#         features: ['text'],
#         num_rows: 8009762 / num_shards
#     })
#     train_1: Dataset({
#         features: ['text'],
#         num_rows: 8009762 / num_shards
#     })
#     ...
#     val_0: Dataset({
#         features: ['text'],
#         num_rows: 4007 / num_shards
#     })
#     ...
# })

# we now want to tokenize the dataset. first define the encoding function (gpt2 bpe)
enc = tiktoken.get_encoding("gpt2")
def process(example):
    ids = enc.encode_ordinary(example['text']) # encode_ordinary ignores any special tokens
    ids.append(enc.eot_token) # add the end of text token, e.g. 50256 for gpt2 bpe
    # note: I think eot should be prepended not appended... hmm. it's called "eot" though...
    out = {'ids': ids, 'len': len(ids)}
    return out

