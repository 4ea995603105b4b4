# hf-experiments
# @author Loreto Parisi (loretoparisi at gmail dot com)
# Copyright (c) 2021 Loreto Parisi (loretoparisi at gmail dot com)

import os

import torch
from torch import Tensor
from transformers import AutoModel, AutoTokenizer


class LPModelHelper(object):
    '''Helper class for Models implementation'''

    @classmethod
    def cosine_similarity(cls, a: Tensor, b: Tensor):
        a = torch.as_tensor(a)
        b = torch.as_tensor(b)
        if len(a.shape) == 1:
            a = a.unsqueeze(0)
        if len(b.shape) == 1:
            b = b.unsqueeze(0)
        a_norm = a / a.norm(dim=1)[:, None]
        b_norm = b / b.norm(dim=1)[:, None]
        return torch.mm(a_norm, b_norm.transpose(0, 1))

    # Mean Pooling - take attention mask into account for correct averaging
    @classmethod
    def mean_pooling(cls, model_output, attention_mask):
        token_embeddings = model_output[0]
        mask = attention_mask.unsqueeze(-1).expand(token_embeddings.size()).float()
        return torch.sum(token_embeddings * mask, 1) / torch.clamp(mask.sum(1), min=1e-9)

    @classmethod
    def compute_embeddings(cls, model, tokenizer, sentences):
        encoded = tokenizer(sentences, padding=True, truncation=True, return_tensors='pt')
        with torch.no_grad():
            out = model(**encoded)
        return cls.mean_pooling(out, encoded['attention_mask'])


queries = ['What is the capital of France?', 'How many people live in New York City?']
passages = ['Paris is the capital of France',
            'New York City is the most populous city in the United States']

# Load AutoModel from huggingface model repository
tokenizer = AutoTokenizer.from_pretrained("sentence-transformers/msmarco-MiniLM-L-6-v3",
    cache_dir=os.getenv("cache_dir", "../../models"))
model = AutoModel.from_pretrained("sentence-transformers/msmarco-MiniLM-L-6-v3",
    cache_dir=os.getenv("cache_dir", "../../models"))

query_embeddings = LPModelHelper.compute_embeddings(model, tokenizer, queries)
passage_embeddings = LPModelHelper.compute_embeddings(model, tokenizer, passages)

# semantic search
for index, embedding in enumerate(query_embeddings):
    scores = LPModelHelper.cosine_similarity(embedding, passage_embeddings)[0].cpu()
    top = torch.topk(scores, k=min(5, len(passages)))
    print("QUESTION:", queries[index])
    for score, idx in zip(top[0], top[1]):
        print("\tPASSAGE:", passages[idx], " (score: %.4f)" % score)
