import re
import sys
from pathlib import Path

import ankh
import esm
import torch
from tokenizers import Tokenizer
from transformers import T5EncoderModel, T5Tokenizer

from .esm2 import ESM2

sys.path.append('/progen/progen2/')

from models.progen.modeling_progen import ProGenForCausalLM, ProGenForSequenceClassification

BASE_MODELS = ['esm2_t36_3B_UR50D', 'Rostlab/prot_t5_xl_uniref50', '']


def load_data(base_model):
    url = f"https://dl.fbaipublicfiles.com/fair-esm/models/{base_model}.pt"
    try:
        return torch.hub.load_state_dict_from_url(url, progress=False, map_location="cpu")
    except RuntimeError:
        # Pytorch version issue - see https://github.com/pytorch/pytorch/issues/43106
        return torch.load(f"{torch.hub.get_dir()}/checkpoints/{Path(url).name}", map_location="cpu")


def build_base_esm_tokenizer(base_model):
    _, alphabet = getattr(esm.pretrained, base_model)()
    converter = alphabet.get_batch_converter()
    return lambda inputs: converter([(f'protein{i}', s) for i, s in enumerate(inputs)])[2]


def create_progen_model(model_path, type="classification"):
    if type == "causal":
        return ProGenForCausalLM.from_pretrained(model_path)
    return ProGenForSequenceClassification.from_pretrained(model_path)


def build_avg_pooling_model(_base_model):
    if 'esm' in _base_model:
        cfg = load_data(_base_model)["cfg"]["model"]
        base_model = ESM2(num_layers=cfg.encoder_layers, embed_dim=cfg.encoder_embed_dim,
                          attention_heads=cfg.encoder_attention_heads, token_dropout=cfg.token_dropout)
        # model_config = AutoConfig.from_pretrained(f"facebook/{_base_model}")
        tokenizer = build_base_esm_tokenizer(_base_model)
    elif 'prot_t5' in _base_model:
        tokenizer = T5Tokenizer.from_pretrained(_base_model, legacy=False)
        base_model = T5EncoderModel.from_pretrained(_base_model)
    elif 'progen' in _base_model:
        with open('/progen/progen2/tokenizer.json') as fh:
            tokenizer = Tokenizer.from_str(fh.read())
        tokenizer.enable_truncation(max_length=1024)
        base_model = create_progen_model(_base_model, type='causal')
    elif 'ankh' in _base_model:
        match = re.search(r"ankh_(base_model|large_model)", _base_model)
        model, tokenizer = getattr(ankh, 'load_' + match.group(1))()
        base_model = model
    else:
        raise ValueError(_base_model)
    return AvgPoolingModel(base_model), tokenizer


class AvgPoolingModel(torch.nn.Module):
    def __init__(self, base_model):
        super().__init__()
        self.base_model = base_model
        self.model_type = "esm" if isinstance(base_model, ESM2) else base_model.config.model_type

    def forward(self, x):
        if self.model_type == 't5':
            x = self.base_model(x)["last_hidden_state"]
        elif self.model_type == 'esm':
            x = self.base_model(x)
        else:
            x = self.base_model(x, output_hidden_states=True)["hidden_states"][-1].unsqueeze(0)
        return torch.mean(x, dim=1)
