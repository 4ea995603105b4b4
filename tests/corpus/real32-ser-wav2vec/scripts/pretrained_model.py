from dataclasses import dataclass
from typing import Optional, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F
from transformers.file_utils import ModelOutput
from transformers.models.wav2vec2.modeling_wav2vec2 import Wav2Vec2Model, Wav2Vec2PreTrainedModel

from scripts.loss import CenterLoss, focal_loss


@dataclass
class SpeechClassificationOutput(ModelOutput):
    loss: Optional[torch.FloatTensor] = None
    logits: torch.FloatTensor = None
    hidden_states: Optional[Tuple[torch.FloatTensor]] = None
    attentions: Optional[Tuple[torch.FloatTensor]] = None


class Wav2Vec2ClassificationHead(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.classifier = nn.Sequential(
            nn.Dropout(config.classifier_dropout),
            nn.Linear(config.hidden_size, config.hidden_size),
            nn.Tanh(),
            nn.Dropout(config.classifier_dropout),
            nn.Linear(config.hidden_size, config.num_labels),
        )

    def forward(self, features):
        return self.classifier(features)


class Wav2Vec2ForAudioClassification(Wav2Vec2PreTrainedModel):
    def __init__(self, config):
        super().__init__(config)
        self.num_labels = config.num_labels
        self.pooling_mode = config.pooling_mode
        self.wav2vec2 = Wav2Vec2Model(config)
        self.classifier = Wav2Vec2ClassificationHead(config)
        self.init_weights()
        self.center_loss_weight = getattr(config, "center_loss_weight", 0.1)
        self.focal_loss_weight = getattr(config, "focal_loss_weight", 0.5)
        self.class_weights = None

    def freeze_feature_extractor(self):
        self.wav2vec2.feature_extractor._freeze_parameters()

    def forward(self, input_values, attention_mask=None, labels=None, return_dict=None):
        outputs = self.wav2vec2(input_values, attention_mask=attention_mask, return_dict=True)
        pooled = outputs[0].mean(dim=1) if self.pooling_mode == "mean" else outputs[0].amax(dim=1)
        logits = self.classifier(pooled)
        loss = None
        if labels is not None:
            loss = F.cross_entropy(logits, labels) + focal_loss(logits=logits, targets=labels) * self.focal_loss_weight
        return SpeechClassificationOutput(loss=loss, logits=logits, hidden_states=outputs.hidden_states)
