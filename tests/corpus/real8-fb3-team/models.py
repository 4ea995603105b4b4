import torch
import torch.nn as nn
import transformers
from transformers import get_cosine_schedule_with_warmup, AdamW


class EssayScorer(nn.Module):
    """Backbone + two small dense layers, one output per rubric column."""

    def __init__(self, cfg, n_targets=6):
        super(EssayScorer, self).__init__()
        self.encoder = transformers.AutoModel.from_pretrained(cfg.model)
        self.dense = nn.Linear(self.encoder.config.hidden_size, 64)
        self.head = nn.Linear(64, n_targets)

    def forward(self, ids, token_type_ids, mask):
        _, pooled = self.encoder(ids, token_type_ids, mask, return_dict=False)
        return self.head(self.dense(pooled))


def make_optimizer(model, lr=2e-5, steps=1000):
    opt = AdamW(model.parameters(), lr=lr)
    sched = get_cosine_schedule_with_warmup(opt, num_warmup_steps=0, num_training_steps=steps)
    return opt, sched
