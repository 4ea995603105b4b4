import random

import numpy as np
import torch
from datasets import load_dataset
from transformers import AutoTokenizer


def set_seed(seed):
    np.random.seed(seed)
    torch.random.manual_seed(seed)


def _sample(enc, nsamples, seqlen):
    loader = []
    for _ in range(nsamples):
        i = random.randint(0, enc.input_ids.shape[1] - seqlen)
        inp = enc.input_ids[:, i:i + seqlen]
        tar = inp.clone()
        tar[:, :-1] = -100
        loader.append((inp, tar))
    return loader


def get_wikitext2(nsamples, seed, seqlen, model):
    traindata = load_dataset("arrow",
                             data_files="../datasets/wikitext2_raw_v1/wikitext-train.arrow",
                             split="train")
    testdata = load_dataset("arrow",
                            data_files="../datasets/wikitext2_raw_v1/wikitext-test.arrow",
                            split="train")
    tok = AutoTokenizer.from_pretrained(model, use_fast=False)
    trainenc = tok("\n\n".join(traindata['text']), return_tensors='pt')
    testenc = tok("\n\n".join(testdata['text']), return_tensors='pt')
    random.seed(seed)
    return _sample(trainenc, nsamples, seqlen), testenc


def get_ptb(nsamples, seed, seqlen, model):
    traindata = load_dataset("arrow",
                             data_files="../datasets/penn_treebank/ptb_text_only-train.arrow",
                             split="train")
    testdata = load_dataset("arrow",
                            data_files="../datasets/penn_treebank/ptb_text_only-test.arrow",
                            split="train")
    tok = AutoTokenizer.from_pretrained(model, use_fast=False)
    trainenc = tok("\n\n".join(traindata['sentence']), return_tensors='pt')
    testenc = tok("\n\n".join(testdata['sentence']), return_tensors='pt')
    random.seed(seed)
    return _sample(trainenc, nsamples, seqlen), testenc


def get_c4(nsamples, seed, seqlen, model):
    traindata = load_dataset("arrow",
                             data_files="../datasets/allenai_c4/c4-train-0000*-of-00002.arrow",
                             split="train")
    valdata = load_dataset("arrow",
                           data_files="../datasets/allenai_c4/c4-validation.arrow",
                           split="train")
    tok = AutoTokenizer.from_pretrained(model, use_fast=False)
    valenc = tok(' '.join(valdata[:1100]['text']), return_tensors='pt').input_ids[:, :(256 * seqlen)]
    random.seed(seed)
    return traindata, valenc


def get_loaders(name, nsamples=128, seed=0, seqlen=2048, model=''):
    if 'wikitext2' in name:
        return get_wikitext2(nsamples, seed, seqlen, model)
    if 'ptb' in name:
        return get_ptb(nsamples, seed, seqlen, model)
    if 'c4' in name:
        return get_c4(nsamples, seed, seqlen, model)


if __name__ == "__main__":
    for ds in ["wikitext2", "ptb", "c4"]:
        get_loaders(ds, model='../models/llama-3.2-1B')
