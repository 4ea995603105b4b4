import os
import math
import torch
from torch.utils.data import DataLoader
from datasets import load_dataset
from transformers import (
    AutoTokenizer,
    AutoModelForCausalLM,
    BitsAndBytesConfig,
    get_linear_schedule_with_warmup,
)

# ---- settings kept small so it fits in VRAM ----
BASE_MODEL_DIR = "models/sft_output"
PREFS_TRAIN = "data/processed/prefs_train.jsonl"
PREFS_VAL   = "data/processed/prefs_val.jsonl"
OUTPUT_DIR  = "models/dpo_output"

MAX_LENGTH = 384
BATCH_SIZE = 1
GRAD_ACCUM = 4
NUM_EPOCHS = 1
LR = 1e-5
BETA = 0.1
USE_4BIT = True


def main():
    os.makedirs(OUTPUT_DIR, exist_ok=True)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    train_set = load_dataset("json", data_files=PREFS_TRAIN, split="train")
    tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL_DIR)
    tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "left"

    quant_cfg = None
    dtype = torch.float32
    if USE_4BIT:
        quant_cfg = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_compute_dtype=torch.float16,
            bnb_4bit_quant_type="nf4",
        )
        dtype = torch.float16

    # trainable policy
    policy = AutoModelForCausalLM.from_pretrained(
        BASE_MODEL_DIR,
        torch_dtype=dtype,
        quantization_config=quant_cfg,
        device_map="auto" if USE_4BIT else None,
    )
    policy.train()

    # frozen reference on CPU to save memory
    ref = AutoModelForCausalLM.from_pretrained(
        BASE_MODEL_DIR,
        torch_dtype=torch.float32,
        device_map=None,
    )
    ref.eval()

    # ... DPO loop (omitted in this excerpt) ...

    policy.save_pretrained(OUTPUT_DIR)
    tokenizer.save_pretrained(OUTPUT_DIR)


if __name__ == "__main__":
    main()
