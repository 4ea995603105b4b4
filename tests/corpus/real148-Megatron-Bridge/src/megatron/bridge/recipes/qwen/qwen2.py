# Copyright (c) 2025, NVIDIA CORPORATION.  All rights reserved.
# Licensed under the Apache License, Version 2.0.
# (excerpt)

import os
from typing import List, Optional, Union

import torch
from typing_extensions import TypedDict, Unpack

from megatron.bridge import AutoBridge
from megatron.bridge.peft.base import PEFT
from megatron.bridge.recipes.common import _pretrain_common
from megatron.bridge.training.config import ConfigContainer, TokenizerConfig


def qwen2_500m_pretrain_config() -> ConfigContainer:
    """Pre-training config for Qwen2 0.5B (TP=1, PP=1, one GPU is enough)."""
    cfg = _pretrain_common()

    cfg.model = AutoBridge.from_hf_pretrained("Qwen/Qwen2-0.5B").to_megatron_provider(load_weights=False)

    # pretraining uses the null tokenizer
    cfg.tokenizer.tokenizer_type = "NullTokenizer"
    cfg.tokenizer.tokenizer_model = None

    # mock data unless a blend is given, e.g. (["path/to/data1"], 0.2)
    cfg.dataset.blend = None
    cfg.model.tensor_model_parallel_size = 1
    cfg.model.seq_length = 4096
    return cfg


def qwen2_7b_pretrain_config() -> ConfigContainer:
    """Pre-training config for Qwen2 7B (TP=2, PP=1)."""
    cfg = _pretrain_common()

    cfg.model = AutoBridge.from_hf_pretrained("Qwen/Qwen2-7B").to_megatron_provider(load_weights=False)

    cfg.tokenizer.tokenizer_type = "NullTokenizer"
    cfg.tokenizer.tokenizer_model = None
    cfg.model.tensor_model_parallel_size = 2
    cfg.model.seq_length = 4096
    return cfg


class Qwen2FinetuneKwargs(TypedDict, total=False):
    """Options accepted by the Qwen2/2.5 finetuning helpers."""

    hf_path: str
    dir: Optional[str]
    name: str
    pretrained_checkpoint: Optional[str]
    peft: Union[str, PEFT, None]


# Qwen2 finetuning configs
def qwen2_500m_finetune_config(**user_kwargs: Unpack[Qwen2FinetuneKwargs]) -> ConfigContainer:
    """Qwen2 500M: 1 node, 8 GPUs."""
    return _qwen2_finetune_common(hf_path="Qwen/Qwen2-0.5B", **user_kwargs)


def qwen2_1p5b_finetune_config(**user_kwargs: Unpack[Qwen2FinetuneKwargs]) -> ConfigContainer:
    """Qwen2 1.5B: 1 node, 8 GPUs."""
    return _qwen2_finetune_common(hf_path="Qwen/Qwen2-1.5B", **user_kwargs)


def qwen2_7b_finetune_config(**user_kwargs: Unpack[Qwen2FinetuneKwargs]) -> ConfigContainer:
    """Qwen2 7B: TP=2 for full SFT, TP=1 for LoRA."""
    peft_value = user_kwargs.get("peft", "lora")
    is_full_sft = peft_value is None or (isinstance(peft_value, str) and peft_value.lower() == "none")
    if "tensor_model_parallel_size" not in user_kwargs:
        user_kwargs["tensor_model_parallel_size"] = 2 if is_full_sft else 1
    return _qwen2_finetune_common(hf_path="Qwen/Qwen2-7B", **user_kwargs)


def qwen2_72b_finetune_config(**user_kwargs: Unpack[Qwen2FinetuneKwargs]) -> ConfigContainer:
    """Qwen2 72B: TP=8, PP=4 for full SFT."""
    return _qwen2_finetune_common(hf_path="Qwen/Qwen2-72B", **user_kwargs)


# Qwen2.5 finetuning configs
def qwen25_500m_finetune_config(**user_kwargs: Unpack[Qwen2FinetuneKwargs]) -> ConfigContainer:
    return _qwen2_finetune_common(hf_path="Qwen/Qwen2.5-0.5B", **user_kwargs)


def qwen25_1p5b_finetune_config(**user_kwargs: Unpack[Qwen2FinetuneKwargs]) -> ConfigContainer:
    return _qwen2_finetune_common(hf_path="Qwen/Qwen2.5-1.5B", **user_kwargs)


def qwen25_7b_finetune_config(**user_kwargs: Unpack[Qwen2FinetuneKwargs]) -> ConfigContainer:
    return _qwen2_finetune_common(hf_path="Qwen/Qwen2.5-7B", **user_kwargs)


def qwen25_14b_finetune_config(**user_kwargs: Unpack[Qwen2FinetuneKwargs]) -> ConfigContainer:
    return _qwen2_finetune_common(hf_path="Qwen/Qwen2.5-14B", **user_kwargs)


def qwen25_32b_finetune_config(**user_kwargs: Unpack[Qwen2FinetuneKwargs]) -> ConfigContainer:
    return _qwen2_finetune_common(hf_path="Qwen/Qwen2.5-32B", **user_kwargs)


def qwen25_72b_finetune_config(**user_kwargs: Unpack[Qwen2FinetuneKwargs]) -> ConfigContainer:
    return _qwen2_finetune_common(hf_path="Qwen/Qwen2.5-72B", **user_kwargs)


def _qwen2_finetune_common(
    hf_path: str,
    dir: Optional[str] = None,
    name: str = "default",
    pretrained_checkpoint: Optional[str] = None,
    peft: Union[str, PEFT, None] = "lora",
    **kwargs,
) -> ConfigContainer:
    """Shared finetuning setup for every Qwen2/2.5 size."""
    base_output_dir = dir if dir is not None else os.path.join(os.getcwd(), "nemo_experiments")
    run_output_dir = os.path.join(base_output_dir, name)
    checkpoint_dir = os.path.join(run_output_dir, "checkpoints")

    bridge = AutoBridge.from_hf_pretrained(hf_path)
    model_cfg = bridge.to_megatron_provider(load_weights=False)

    tokenizer_cfg = TokenizerConfig(
        tokenizer_type="HuggingFaceTokenizer",
        tokenizer_model=hf_path,
    )
    ...
