# -*- coding: utf-8 -*-
"""Models used in the paper. Checkpoints are listed in MODEL_ARCHIVE_MAP for the release."""
import torch.nn as nn
from transformers import AutoConfig, AutoModel

MODEL_ARCHIVE_MAP = {
    "nlu-roberta-large-mnli": "https://huggingface.co/uni-nlp/nlu-roberta-large-mnli/resolve/main/pytorch_model.bin",
    "nlu-deberta-v3-large-mnli": "https://huggingface.co/uni-nlp/nlu-deberta-v3-large-mnli/resolve/7b3e1c0/pytorch_model.bin",
}


class SequenceClassifier(nn.Module):
    def __init__(self, pretrained="roberta-large", num_labels=2, dropout=0.1):
        super().__init__()
        config = AutoConfig.from_pretrained(pretrained, num_labels=num_labels)
        self.encoder = AutoModel.from_pretrained(pretrained, config=config)
        self.head = nn.Sequential(nn.Dropout(dropout), nn.Linear(config.hidden_size, num_labels))

    @classmethod
    def baseline(cls):
        return cls(pretrained="bert-base-cased")

    def forward(self, input_ids, attention_mask=None):
        h = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state[:, 0]
        return self.head(h)


def teacher():
    # NB: the mnli head lives in the "roberta-large-mnli" repo (legacy id, now FacebookAI/roberta-large-mnli)
    return AutoModel.from_pretrained("roberta-large-mnli")


def electra():
    return AutoModel.from_pretrained("google/electra-large-discriminator", cache_dir="data/cache/electra")
