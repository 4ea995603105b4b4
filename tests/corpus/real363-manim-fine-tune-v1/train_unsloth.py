"""train_unsloth.py: A script to fine-tune a Seed-Coder model with Manim SFT data using Unsloth.

This script is designed to fine-tune a language model for generating Manim animations based on textual descriptions.

Example usage:
    - python train_unsloth.py --train_model "unsloth/Seed-Coder-8B-Instruct-unsloth-bnb-4bit" --epochs 1 --max_seq_length 1024 --per_device_train_batch_size 4 --gradient_accumulation_steps 4 --train_data_path "/path/to/manim_sft_dataset.parquet" --load_in_4bit --learning_rate 2e-5
    - python train_unsloth.py --train_model "unsloth/Seed-Coder-8B-Instruct-unsloth-bnb-4bit" --epochs 1 --max_seq_length 1024 --per_device_train_batch_size 4 --gradient_accumulation_steps 4 --train_data_path "/path/to/manim_sft_dataset.parquet" --load_in_4bit --learning_rate 2e-5 --token "your_hf_token"
"""

import argparse
import pandas as pd
import torch
from datetime import datetime
from datasets import Dataset
from unsloth import FastLanguageModel
from transformers import DataCollatorForLanguageModeling
from transformers import TrainingArguments
from trl import SFTTrainer
def main():
    parser = argparse.ArgumentParser(
        description="Simple script to fine-tune a Seed-Coder model with Manim SFT data.")
    parser.add_argument(
        "--train_model", default="unsloth/Seed-Coder-8B-Instruct-unsloth-bnb-4bit", help="HF model name.")
    parser.add_argument("--epochs", type=int, default=1,
                        help="Number of training epochs.")
    parser.add_argument("--max_seq_length", type=int,
                        default=1024, help="Max sequence length.")
    parser.add_argument("--per_device_train_batch_size",
                        type=int, default=4, help="Per device train batch size.")
    parser.add_argument("--gradient_accumulation_steps",
                        type=int, default=4, help="Gradient accumulation steps.")
    parser.add_argument(
        "--train_data_path", default="/kaggle/input/manim-sft/manim_sft_dataset.parquet", help="Path to dataset parquet.")
    parser.add_argument("--load_in_4bit", action="store_true",
                        help="Use 4-bit quantization.")
    parser.add_argument("--learning_rate", type=float,
                        default=2e-5, help="Learning rate.")
    parser.add_argument("--token", type=str, default=None,
                        help="Hugging Face token for gated models.")

    args = parser.parse_args()
    train_model = args.train_model
    train_model_name = f"{train_model.split('/')[-1].replace('-', '_')}_finetuned"
    train_epochs = args.epochs
    max_seq_length = args.max_seq_length
    per_device_train_batch_size = args.per_device_train_batch_size
    gradient_accumulation_steps = args.gradient_accumulation_steps
    load_in_4bit = args.load_in_4bit
    learning_rate = args.learning_rate
    train_data_path = args.train_data_path

    # Load the base model
    print(f"Loading model: {train_model}")
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name=train_model,
        max_seq_length=max_seq_length,
        dtype=None,
        load_in_4bit=load_in_4bit,
        # For gated models, set your HF token if needed
        token=args.token,
    )
