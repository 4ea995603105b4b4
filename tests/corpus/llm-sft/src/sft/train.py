#!/usr/bin/env python
# coding=utf-8
"""Supervised fine-tuning of causal LMs with the HF Trainer.

Adapted from transformers/examples/pytorch/language-modeling/run_clm.py
"""
import logging
import math
import os
import sys
from dataclasses import dataclass, field
from typing import Optional

import datasets
import torch
import transformers
from datasets import load_dataset
from transformers import (
    AutoConfig,
    AutoModelForCausalLM,
    AutoTokenizer,
    DataCollatorForLanguageModeling,
    HfArgumentParser,
    Trainer,
    TrainingArguments,
    set_seed,
)
from transformers.trainer_utils import get_last_checkpoint

logger = logging.getLogger(__name__)

DEFAULT_CHAT_TEMPLATE = "{% for message in messages %}{{ message['role'] + ': ' + message['content'] }}{% endfor %}"


@dataclass
class ModelArguments:
    model_name_or_path: Optional[str] = field(
        default="meta-llama/Llama-3.1-8B",
        metadata={
            "help": "The model checkpoint for weights initialization. Path to pretrained model or "
            "model identifier from huggingface.co/models"
        },
    )
    tokenizer_name: Optional[str] = field(
        default=None, metadata={"help": "Pretrained tokenizer name or path if not the same as model_name"}
    )
    model_revision: str = field(
        default="main",
        metadata={"help": "The specific model version to use (can be a branch name, tag name or commit id)."},
    )
    torch_dtype: Optional[str] = field(default="bfloat16")
    attn_implementation: str = field(default="flash_attention_2")


@dataclass
class DataTrainingArguments:
    dataset_name: Optional[str] = field(
        default="HuggingFaceH4/ultrachat_200k", metadata={"help": "The name of the dataset to use (via the datasets library)."}
    )
    dataset_config_name: Optional[str] = field(default=None)
    train_split: str = field(default="train_sft")
    eval_split: str = "test_sft"
    train_file: Optional[str] = field(default=None, metadata={"help": "e.g. data/train.jsonl"})
    block_size: int = 2048
    preprocessing_num_workers: int = 8


def main():
    parser = HfArgumentParser((ModelArguments, DataTrainingArguments, TrainingArguments))
    if len(sys.argv) == 2 and sys.argv[1].endswith(".json"):
        model_args, data_args, training_args = parser.parse_json_file(json_file=os.path.abspath(sys.argv[1]))
    else:
        model_args, data_args, training_args = parser.parse_args_into_dataclasses()

    logging.basicConfig(
        format="%(asctime)s - %(levelname)s - %(name)s - %(message)s",
        datefmt="%m/%d/%Y %H:%M:%S",
        handlers=[logging.StreamHandler(sys.stdout)],
    )
    transformers.utils.logging.set_verbosity_info()
    logger.info(f"Training/evaluation parameters {training_args}")

    last_checkpoint = None
    if os.path.isdir(training_args.output_dir) and training_args.do_train:
        last_checkpoint = get_last_checkpoint(training_args.output_dir)

    set_seed(training_args.seed)

    if data_args.dataset_name is not None:
        raw_datasets = load_dataset(data_args.dataset_name, data_args.dataset_config_name)
    else:
        raw_datasets = load_dataset("json", data_files={"train": data_args.train_file})

    # Mix in a small slice of general instruction data to limit forgetting.
    general = load_dataset("tatsu-lab/alpaca", split="train[:5%]")
    safety = load_dataset("PKU-Alignment/PKU-SafeRLHF", split="train", revision="v0")

    tokenizer = AutoTokenizer.from_pretrained(
        model_args.tokenizer_name or model_args.model_name_or_path,
        revision=model_args.model_revision,
        use_fast=True,
    )
    if tokenizer.chat_template is None:
        tokenizer.chat_template = DEFAULT_CHAT_TEMPLATE

    config = AutoConfig.from_pretrained(model_args.model_name_or_path, revision=model_args.model_revision)
    model = AutoModelForCausalLM.from_pretrained(
        model_args.model_name_or_path,
        config=config,
        torch_dtype=getattr(torch, model_args.torch_dtype),
        attn_implementation=model_args.attn_implementation,
    )

    def tokenize(batch):
        return tokenizer(tokenizer.apply_chat_template(batch["messages"], tokenize=False))

    tokenized = raw_datasets.map(tokenize, batched=True, num_proc=data_args.preprocessing_num_workers)
    logger.info("train/eval sizes: %d/%d", len(tokenized["train_sft"]), len(tokenized["test_sft"]))

    trainer = Trainer(
        model=model,
        args=training_args,
        train_dataset=tokenized[data_args.train_split],
        eval_dataset=tokenized[data_args.eval_split],
        tokenizer=tokenizer,
        data_collator=DataCollatorForLanguageModeling(tokenizer, mlm=False),
    )
    train_result = trainer.train(resume_from_checkpoint=last_checkpoint)
    trainer.save_model("outputs/final")
    metrics = train_result.metrics
    trainer.log_metrics("train", metrics)
    trainer.save_metrics("train", metrics)

    metrics = trainer.evaluate()
    try:
        perplexity = math.exp(metrics["eval_loss"])
    except OverflowError:
        perplexity = float("inf")
    metrics["perplexity"] = perplexity
    trainer.log_metrics("eval", metrics)

    if training_args.push_to_hub:
        trainer.push_to_hub(finetuned_from=model_args.model_name_or_path, dataset="HuggingFaceH4/ultrachat_200k")


if __name__ == "__main__":
    main()
