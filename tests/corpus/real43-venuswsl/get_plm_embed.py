#!/usr/bin/env python3
# -*- coding: utf-8 -*-
import gzip
import os
import pickle

import torch
from datasets import load_dataset
from transformers import AutoTokenizer, BertModel, BertTokenizer, EsmModel, T5EncoderModel, T5Tokenizer

device = torch.device('cuda:0' if torch.cuda.is_available() else 'cpu')


def get_model_and_tokenizer(model_name_or_path, model_dir=None):
    """Load model and tokenizer based on model type"""
    print("Loading: {}".format(model_name_or_path))
    if 'bert' in model_name_or_path:
        tokenizer = BertTokenizer.from_pretrained(model_name_or_path, cache_dir=model_dir)
        model = BertModel.from_pretrained(model_name_or_path, cache_dir=model_dir)
    elif 'esm' in model_name_or_path:
        model = EsmModel.from_pretrained(model_name_or_path, cache_dir=model_dir)
        tokenizer = AutoTokenizer.from_pretrained(model_name_or_path, cache_dir=model_dir)
    elif 't5' in model_name_or_path:
        tokenizer = T5Tokenizer.from_pretrained(model_name_or_path, do_lower_case=False, cache_dir=model_dir)
        model = T5EncoderModel.from_pretrained(model_name_or_path, cache_dir=model_dir)
    elif 'ankh' in model_name_or_path:
        tokenizer = AutoTokenizer.from_pretrained(model_name_or_path, cache_dir=model_dir)
        model = T5EncoderModel.from_pretrained(model_name_or_path, cache_dir=model_dir)
    else:
        raise ValueError(f"Unsupported model type: {model_name_or_path}")
    if device == torch.device("cpu"):
        model.to(torch.float32)
    return model.to(device).eval(), tokenizer


def save_embedding(emb_path, identifier, emb, pooling_type, seq_len):
    embedding_path = os.path.join(emb_path, f"{identifier}.pkl.gz")
    with gzip.open(embedding_path, "wb") as f:
        pickle.dump({'representation': emb, 'pooling_type': pooling_type, 'sequence_length': seq_len}, f)


def get_embeddings_from_hf(dataset_name, split=None, emb_path=None, model_name_or_path=None, model_dir=None,
                           sequence_column='sequence', id_column='id'):
    """Extract embeddings from a Huggingface dataset, every split unless one is given."""
    splits = ['train', 'validation', 'test'] if split is None else [split]
    model, tokenizer = get_model_and_tokenizer(model_name_or_path, model_dir)
    for current_split in splits:
        os.makedirs(emb_path, exist_ok=True)
        dataset = load_dataset(dataset_name, split=current_split)
        for example in dataset:
            seq = example[sequence_column]
            if 't5' in model_name_or_path:
                seq = seq.replace('U', 'X').replace('Z', 'X').replace('O', 'X')
            enc = tokenizer([' '.join(seq)], add_special_tokens=True, padding="longest", return_tensors="pt").to(device)
            with torch.no_grad():
                emb = model(**enc).last_hidden_state[0].mean(dim=0).cpu().numpy()
            save_embedding(emb_path, example[id_column], emb, 'mean', len(seq))
