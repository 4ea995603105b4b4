# -*- coding: utf-8 -*-
"""
Assignment 3: Fine-tuning Pretrained Transformers
"""
import torch

from src.data_preprocessing import load_and_preprocess_data
from src.train_full import full_fine_tuning
from src.train_lora import lora_fine_tuning
from src.visualization import create_comparison_plots
from src.evaluation import evaluate_finbert_pipeline


def print_gpu_usage(tag=""):
    if torch.cuda.is_available():
        print(f"[{tag}] GPU memory allocated: {torch.cuda.memory_allocated() / 1e9:.2f} GB")


def main():
    encoded_dataset, tokenizer = load_and_preprocess_data()
    full_logs = full_fine_tuning(encoded_dataset, tokenizer)
    print_gpu_usage("Full")
    lora_logs = lora_fine_tuning(encoded_dataset, tokenizer)
    print_gpu_usage("LoRA")
    create_comparison_plots(full_logs, lora_logs)
    evaluate_finbert_pipeline()


if __name__ == "__main__":
    main()
