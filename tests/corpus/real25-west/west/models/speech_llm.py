# Copyright (c) 2025 Binbin Zhang(binbzha@qq.com)

from dataclasses import dataclass, field
from typing import Optional

import safetensors
import torch
import torch.nn as nn
import transformers
import whisper
from transformers import AutoModelForCausalLM, PreTrainedModel


@dataclass
class ModelArguments:
    llm_model_name_or_path: Optional[str] = field(default="Qwen/Qwen2-7B")
    whisper_model_name_or_path: Optional[str] = field(default="tiny")
    encoder_ds_rate: int = 2
    encoder_projector_ds_rate: int = 5
    projector_hidden_size: int = 2048
    projector_model_path: Optional[str] = field(default=None)


def ctc_reduce(hyp, blank_id: int = 0):
    new_hyp = []
    prev = None
    for tok in hyp:
        if tok != blank_id and tok != prev:
            new_hyp.append(tok)
        prev = tok
    return new_hyp


class ProjectorCov1d(nn.Module):
    def __init__(self, config, encoder_dim, llm_dim):
        super().__init__()
        self.conv = nn.Conv1d(encoder_dim, encoder_dim, kernel_size=3, stride=config.encoder_projector_ds_rate, padding=1)
        self.linear1 = nn.Linear(encoder_dim, config.projector_hidden_size)
        self.linear2 = nn.Linear(config.projector_hidden_size, llm_dim)

    def forward(self, x):
        x = self.conv(x.transpose(1, 2)).transpose(1, 2)
        return self.linear2(torch.relu(self.linear1(x)))


class SpeechLLM(PreTrainedModel):
    def __init__(self, config, model_args: ModelArguments):
        super().__init__(config)
        self.llm = AutoModelForCausalLM.from_pretrained(model_args.llm_model_name_or_path, torch_dtype="auto")
        self.encoder = whisper.load_model(model_args.whisper_model_name_or_path).encoder
        self.projector = ProjectorCov1d(model_args, self.encoder.ln_post.normalized_shape[0], self.llm.config.hidden_size)
        if model_args.projector_model_path is not None:
            self.projector.load_state_dict(safetensors.torch.load_file(model_args.projector_model_path))
