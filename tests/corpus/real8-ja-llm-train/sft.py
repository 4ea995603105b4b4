import os

import torch
from datasets import load_dataset
from dotenv import load_dotenv
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer, set_seed
from trl import SFTConfig, SFTTrainer, TrlParser

from dataclass import DatasetArgs, MiscArgs, ModelArgs, PeftArgs, TokenizerArgs

# .env から環境変数を読み込む (HF_TOKEN など)
load_dotenv()


def to_chat(example):
    return {
        "prompt": [{"role": "user", "content": example["instruction"]}],
        "completion": [{"role": "assistant", "content": example["output"]}],
    }


def main():
    parser = TrlParser((SFTConfig, ModelArgs, TokenizerArgs, DatasetArgs, PeftArgs, MiscArgs))
    sft_config, model_args, tok_args, data_args, peft_args, misc = parser.parse_args_and_config()
    set_seed(42)

    tokenizer = AutoTokenizer.from_pretrained(model_args.model_name_or_path, use_fast=tok_args.use_fast)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = tok_args.padding_side

    dtype = {"bfloat16": torch.bfloat16, "float16": torch.float16}.get(model_args.dtype, torch.bfloat16)
    model = AutoModelForCausalLM.from_pretrained(model_args.model_name_or_path, torch_dtype=dtype,
                                                 device_map="auto", load_in_4bit=True)

    # split="train[:100]" でデータ数を絞れる
    train_data = load_dataset(data_args.train_data, split="train", streaming=data_args.streaming)
    train_data = train_data.shuffle(seed=42).map(to_chat, remove_columns=["instruction", "input", "output"])
    eval_data = None
    if data_args.eval_data is not None:
        eval_data = load_dataset(data_args.eval_data, split="train").map(to_chat)

    peft_config = None
    if peft_args.peft_enable:
        peft_config = LoraConfig(r=peft_args.lora_r, lora_alpha=peft_args.lora_alpha,
                                 lora_dropout=peft_args.lora_dropout,
                                 target_modules=peft_args.lora_target_modules,
                                 task_type=peft_args.lora_task_type)

    trainer = SFTTrainer(model=model, processing_class=tokenizer, train_dataset=train_data,
                         eval_dataset=eval_data, peft_config=peft_config, args=sft_config)
    trainer.train()

    os.makedirs(sft_config.output_dir, exist_ok=True)
    if misc.merge_lora_after_training and peft_config is not None:
        trainer.model.merge_and_unload().save_pretrained(sft_config.output_dir, safe_serialization=True)
    else:
        trainer.model.save_pretrained(sft_config.output_dir)
    tokenizer.save_pretrained(sft_config.output_dir)


if __name__ == "__main__":
    main()
