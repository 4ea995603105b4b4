from torch import nn
from transformers import AutoConfig, AutoModel

from .checkpoints import HF_CHECKPOINTS
from .tokenizer import setup_tokenizer


def setup_backbone(name, pretrained=True) -> nn.Module:
    """Build the backbone; pretrained weights come from the Hub."""
    if name not in HF_CHECKPOINTS:
        raise NotImplementedError(f"Backbone ({name}) not supported!")
    if pretrained:
        return AutoModel.from_pretrained(name)
    return AutoModel.from_config(AutoConfig.from_pretrained(name))


class WalkModel(nn.Module):
    """Reads random-walk text with a pretrained language model."""

    def __init__(self, walker, backbone, head_dropout, vocab_size, max_length, pretrained, pretrained_tokenizer):
        super().__init__()
        self.walker = walker
        self.backbone = setup_backbone(backbone, pretrained)
        self.backbone.pooler = nn.Identity()
        self.tokenizer = setup_tokenizer(vocab_size, max_length, backbone, walker, pretrained_tokenizer)
        self.backbone.resize_token_embeddings(len(self.tokenizer))
        self.head = nn.Sequential(nn.Dropout(head_dropout), nn.Linear(self.backbone.config.hidden_size, walker.out_dim))

    def forward(self, batch):
        target, n_targets, target_ids = self.walker.parse_target(batch)
        text = self.walker.random_walk_text(batch, 1, self.walker.get_start_nodes(n_targets, target_ids, 1)[0])
        enc = self.tokenizer(text, return_tensors='pt', padding='max_length', truncation=True)
        out = self.backbone(input_ids=enc['input_ids'], attention_mask=enc['attention_mask'])
        pred = self.head(out.last_hidden_state[:, 0, :])
        return self.walker.pool_to_target(pred, n_targets, target_ids, reduce='mean'), target
