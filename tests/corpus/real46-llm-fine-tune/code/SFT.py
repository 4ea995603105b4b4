# -*- coding: utf-8 -*-
"""
train_and_chat.py

统一调用一套接口，覆盖以下微调方法：SFT / DPO / ORPO / KTO / GRPO，并支持一键 QLoRA。

示例：
    # SFT + QLoRA
    python train_and_chat.py --method sft \
      --model Qwen/Qwen2-0.5B-Instruct \
      --dataset trl-lib/Capybara \
      --out runs/qwen-sft-qlora \
      --qlora

    # DPO + QLoRA
    python train_and_chat.py --method dpo \
      --model Qwen/Qwen2-0.5B-Instruct \
      --dataset trl-lib/ultrafeedback_binarized \
      --out runs/qwen-dpo-qlora \
      --qlora

    # ORPO + QLoRA
    python train_and_chat.py --method orpo \
      --model Qwen/Qwen2-0.5B-Instruct \
      --dataset trl-lib/ultrafeedback_binarized \
      --out runs/qwen-orpo-qlora \
      --qlora

    # KTO + QLoRA
    python train_and_chat.py --method kto \
      --model Qwen/Qwen2-0.5B-Instruct \
      --dataset trl-lib/kto-mix-14k \
      --out runs/qwen-kto-qlora \
      --qlora

    # GRPO + QLoRA（在线采样 + 自定义 reward）
    python train_and_chat.py --method grpo \
      --model Qwen/Qwen2-0.5B-Instruct \
      --dataset trl-lib/ultrafeedback-prompt \
      --out runs/qwen-grpo-qlora \
      --qlora

对话推理（统一 messages 输入）
    python train_and_chat.py --method sft --model Qwen/Qwen2-0.5B-Instruct \
      --dataset trl-lib/Capybara --out runs/qwen-sft \
      --chat '[{"role":"user","content":"给我 3 条学习微积分的建议"}]'
"""

from __future__ import annotations

import argparse
from typing import List, Optional

import torch
from datasets import load_dataset, Dataset
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig
from peft import LoraConfig, prepare_model_for_kbit_training
from trl import SFTTrainer, SFTConfig, DPOTrainer, DPOConfig, GRPOTrainer, GRPOConfig


def load_and_cast_dataset(method: str, dataset_name: str, split: str = "train") -> Dataset:
    if dataset_name.endswith(".parquet"):
        ds = Dataset.from_parquet(dataset_name)
    else:
        ds = load_dataset(dataset_name, split=split)
    return ds


def build_model_and_tokenizer(model_name_or_path: str, qlora: bool):
    tokenizer = AutoTokenizer.from_pretrained(model_name_or_path, use_fast=True)
    bnb_config = None
    if qlora:
        bnb_config = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
                                        bnb_4bit_compute_dtype=torch.bfloat16)
    model = AutoModelForCausalLM.from_pretrained(
        model_name_or_path, quantization_config=bnb_config, device_map="auto", trust_remote_code=True
    )
    if qlora:
        model = prepare_model_for_kbit_training(model)
    return model, tokenizer


def make_grpo_reward():
    def reward_fn(prompts, completions, **kwargs):
        # 初始化 tokenizer（可以使用适当的预训练模型）
        tokenizer = AutoTokenizer.from_pretrained("gpt2")
        # tokenizer = AutoTokenizer.from_pretrained("/home/onehappy/gpt2_model")
        tokenizer.pad_token = tokenizer.eos_token
        model = AutoModelForCausalLM.from_pretrained("/home/onehappy/gpt2_model", output_hidden_states=True)
        rewards = []
        for completion, chosen in zip(completions, kwargs.get("chosen")):
            a = tokenizer(completion, return_tensors="pt", truncation=True, max_length=512)
            b = tokenizer(chosen, return_tensors="pt", truncation=True, max_length=512)
            with torch.no_grad():
                ea = model(**a).hidden_states[-1].mean(dim=1)
                eb = model(**b).hidden_states[-1].mean(dim=1)
            rewards.append(torch.nn.functional.cosine_similarity(ea, eb).item())
        return rewards
    return reward_fn


def train(method, model_name_or_path, dataset_name, output_dir, qlora=False):
    ds = load_and_cast_dataset(method, dataset_name)
    model, tokenizer = build_model_and_tokenizer(model_name_or_path, qlora)
    peft_config = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, task_type="CAUSAL_LM") if qlora else None
    if method == "sft":
        trainer = SFTTrainer(model=model, args=SFTConfig(output_dir=output_dir), train_dataset=ds,
                             processing_class=tokenizer, peft_config=peft_config)
    elif method == "dpo":
        trainer = DPOTrainer(model=model, args=DPOConfig(output_dir=output_dir), train_dataset=ds,
                             processing_class=tokenizer, peft_config=peft_config)
    else:
        trainer = GRPOTrainer(model=model, args=GRPOConfig(output_dir=output_dir), train_dataset=ds,
                              reward_funcs=make_grpo_reward(), processing_class=tokenizer, peft_config=peft_config)
    trainer.train()
    trainer.save_model(output_dir)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--method", required=True)
    p.add_argument("--model", required=True)
    p.add_argument("--dataset", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--qlora", action="store_true")
    a = p.parse_args()
    train(a.method, a.model, a.dataset, a.out, a.qlora)
