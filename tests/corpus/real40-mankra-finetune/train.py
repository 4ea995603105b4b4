"""
Fine-Tune StarCoder on code/text dataset
"""

import argparse
import os

import torch
from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig, Trainer, TrainingArguments, set_seed
from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

import fim


def get_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model_path", type=str, default="bigcode/starcoderplus")
    parser.add_argument("--dataset_name", type=str, default="smangrul/hf-stack-v1")
    parser.add_argument("--subset", type=str, default="data")
    parser.add_argument("--split", type=str, default="train")
    parser.add_argument("--size_valid_set", type=int, default=4000)
    parser.add_argument("--streaming", action="store_true")
    parser.add_argument("--data_column", type=str, default="content")
    parser.add_argument("--seq_length", type=int, default=8192)
    parser.add_argument("--max_steps", type=int, default=10000)
    parser.add_argument("--batch_size", type=int, default=2)
    parser.add_argument("--learning_rate", type=float, default=5e-5)
    parser.add_argument("--output_dir", type=str, default="./checkpoints")
    parser.add_argument("--use_peft_lora", action="store_true")
    parser.add_argument("--lora_r", type=int, default=0)
    parser.add_argument("--lora_alpha", type=int, default=0)
    parser.add_argument("--lora_target_modules", type=str, default=None)
    parser.add_argument("--use_4bit_qunatization", action="store_true")
    parser.add_argument("--bnb_4bit_quant_type", type=str, default="nf4")
    parser.add_argument("--push_to_hub", action="store_true")
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args()


def create_datasets(tokenizer, args):
    dataset = load_dataset(
        args.dataset_name,
        data_dir=args.subset,
        split=args.split,
        use_auth_token=True,
        streaming=args.streaming,
    )
    dataset = dataset.train_test_split(test_size=0.005, seed=args.seed, shuffle=True)
    return dataset["train"], dataset["test"]


def create_and_prepare_model(args):
    bnb_config = None
    if args.use_4bit_qunatization:
        bnb_config = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type=args.bnb_4bit_quant_type,
                                        bnb_4bit_compute_dtype=torch.float16)
    model = AutoModelForCausalLM.from_pretrained(
        args.model_path,
        quantization_config=bnb_config,
        trust_remote_code=True,
        torch_dtype=torch.float16,
    )
    if args.use_peft_lora:
        model = prepare_model_for_kbit_training(model)
        peft_config = LoraConfig(lora_alpha=args.lora_alpha, r=args.lora_r, bias="none", task_type="CAUSAL_LM",
                                 target_modules=args.lora_target_modules.split(","))
        model = get_peft_model(model, peft_config)
    return model


def run_training(args, train_data, val_data):
    training_args = TrainingArguments(
        output_dir=args.output_dir,
        max_steps=args.max_steps,
        per_device_train_batch_size=args.batch_size,
        learning_rate=args.learning_rate,
        run_name=f"starcoder-copilot",
        push_to_hub=args.push_to_hub,
    )
    model = create_and_prepare_model(args)
    trainer = Trainer(model=model, args=training_args, train_dataset=train_data, eval_dataset=val_data)
    trainer.train()
    if args.use_peft_lora:
        model.save_pretrained(os.path.join(args.output_dir, "final_checkpoint/"))
    if args.push_to_hub:
        trainer.push_to_hub()
    else:
        trainer.save_model(args.output_dir)


def main(args):
    tokenizer = AutoTokenizer.from_pretrained(args.model_path, use_auth_token=True, trust_remote_code=True)
    train_dataset, eval_dataset = create_datasets(tokenizer, args)
    run_training(args, train_dataset, eval_dataset)


if __name__ == "__main__":
    args = get_args()
    set_seed(args.seed)
    os.makedirs(args.output_dir, exist_ok=True)
    main(args)
