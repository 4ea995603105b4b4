"""
QLoRA Fine-tuning with Unsloth (FIXED)
"""

import torch
import json
import os
os.environ["TORCHDYNAMO_DISABLE"] = "1"  # Disable torch.compile to avoid errors

from unsloth import FastLanguageModel
from transformers import TrainingArguments
from trl import SFTTrainer
from datasets import Dataset, DatasetDict

# Configuration
MODEL_NAME = "./Kunoichi-DPO-v2-7B"
OUTPUT_DIR = "./emotional-qlora-output"
DATASET_FILE = "high_quality_training_data_50000.json"

MAX_SEQ_LENGTH = 512
BATCH_SIZE = 2  # Reduced for stability
GRADIENT_ACCUMULATION_STEPS = 8
LEARNING_RATE = 2e-4
NUM_EPOCHS = 3
LORA_R = 32
LORA_ALPHA = 16
def main():
    print("="*60)
    print("QLoRA Fine-tuning with Unsloth (FIXED)")
    print("="*60)
    
    print(f"\nLoading model: {MODEL_NAME}")
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name=MODEL_NAME,
        max_seq_length=MAX_SEQ_LENGTH,
        dtype=torch.float16,
        load_in_4bit=True,
    )
