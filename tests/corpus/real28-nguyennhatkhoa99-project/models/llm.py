from transformers import AutoModel
from transformers import AutoTokenizer
from sklearn.model_selection import train_test_split
import torch
import torch.nn as nn

from ..config.default import deberta_config
from ..utils.model_handlers import load_tokenizer
from ..utils.corpus_handlers import load_dataset


class DebertaRegressor(nn.Module):
    def __init__(self, cfg=deberta_config):
        super().__init__()
        self.encoder = AutoModel.from_pretrained(cfg['model'])
        self.dropout = nn.Dropout(cfg['dropout'])
        self.head = nn.Linear(self.encoder.config.hidden_size, 6)

    def forward(self, input_ids, attention_mask):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return self.head(self.dropout(hidden[:, 0]))
