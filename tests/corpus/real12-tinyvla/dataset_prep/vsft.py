# flake8: noqa
"""
Visual SFT for LLaVA with TRL.

# full fine-tune:
python examples/scripts/vsft.py \
    --model_name_or_path="llava-hf/llava-1.5-7b-hf" \
    --report_to="wandb" \
    --learning_rate=1.4e-5 \
    --per_device_train_batch_size=8 \
    --output_dir="data/vsft-llava-1.5-7b-hf" \
    --num_train_epochs=1 \
    --push_to_hub \
    --gradient_checkpointing \
    --remove_unused_columns=False \
    --torch_dtype=float16 \
    --fp16=True \
    --dataset_name=HuggingFaceH4/llava-instruct-mix-vsft \

# with LoRA:
python examples/scripts/vsft.py \
    --model_name_or_path="llava-hf/llava-1.5-7b-hf" \
    --output_dir="data/vsft-llava-1.5-7b-hf" \
    --dataset_name=HuggingFaceH4/llava-instruct-mix-vsft \
    --use_peft=True \
    --lora_r=64 \
    --lora_target_modules=all-linear"

# evaluation (pip install git+https://github.com/EvolvingLMMs-Lab/lmms-eval.git):
accelerate launch --num_processes=8 -m lmms_eval \
        --model llava_hf \
        --model_args pretrained=llava-hf/llava-1.5-7b-hf \
        --tasks mmbench \
        --batch_size 1 \
        --output_path ./logs/
"""
import logging
import os
from contextlib import nullcontext

USE_RICH = os.environ.get("TRL_USE_RICH", True)

from trl.commands.cli_utils import SftScriptArguments, TrlParser, init_zero_verbose

if USE_RICH:
    init_zero_verbose()
    from rich.console import Console
    from rich.logging import RichHandler

import torch
from accelerate import Accelerator
from datasets import load_dataset
from transformers import AutoProcessor, AutoTokenizer, LlavaForConditionalGeneration, TrainingArguments
from trl import ModelConfig, RichProgressCallback, SFTTrainer, get_kbit_device_map, get_peft_config, get_quantization_config

if USE_RICH:
    logging.basicConfig(format="%(message)s", datefmt="[%X]", handlers=[RichHandler()], level=logging.INFO)


class ImageTextCollator:
    def __init__(self, processor):
        self.processor = processor

    def __call__(self, examples):
        texts, images = [], []
        for ex in examples:
            if len(ex["images"]) > 1:
                raise ValueError("one image per example only")
            texts.append(self.processor.tokenizer.apply_chat_template(ex["messages"], tokenize=False))
            images.append(ex["images"][0])
        batch = self.processor(texts, images, return_tensors="pt", padding=True)
        labels = batch["input_ids"].clone()
        pad = self.processor.tokenizer.pad_token_id
        if pad is not None:
            labels[labels == pad] = -100
        batch["labels"] = labels
        return batch


if __name__ == "__main__":
    parser = TrlParser((SftScriptArguments, TrainingArguments, ModelConfig))
    script_args, train_args, model_args = parser.parse_args_and_config()
    train_args.gradient_checkpointing_kwargs = dict(use_reentrant=False)
    console = Console() if USE_RICH else None

    dtype = model_args.torch_dtype if model_args.torch_dtype in ["auto", None] else getattr(torch, model_args.torch_dtype)
    quant = get_quantization_config(model_args)
    load_kwargs = dict(
        revision=model_args.model_revision,
        trust_remote_code=model_args.trust_remote_code,
        torch_dtype=dtype,
        device_map=get_kbit_device_map() if quant is not None else "auto",
        quantization_config=quant,
    )
    tok = AutoTokenizer.from_pretrained(model_args.model_name_or_path, use_fast=True)
    processor = AutoProcessor.from_pretrained(model_args.model_name_or_path)
    processor.tokenizer = tok
    model = LlavaForConditionalGeneration.from_pretrained(model_args.model_name_or_path, **load_kwargs)

    raw = load_dataset(script_args.dataset_name)

    ctx = nullcontext() if console is None else console.status("[bold green]setting up trainer...")
    with ctx:
        trainer = SFTTrainer(
            model=model,
            args=train_args,
            train_dataset=raw["train"],
            eval_dataset=raw["test"],
            dataset_text_field="text",
            tokenizer=tok,
            peft_config=get_peft_config(model_args),
            callbacks=[RichProgressCallback] if USE_RICH else None,
            data_collator=ImageTextCollator(processor),
            dataset_kwargs={"skip_prepare_dataset": True},
        )
    trainer.train()
    trainer.save_model(train_args.output_dir)
    trainer.push_to_hub()
    if Accelerator().is_main_process:
        processor.push_to_hub(train_args.hub_model_id)
