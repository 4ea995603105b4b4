# ---------------------------------
# Settings for supervised fine-tuning
# ---------------------------------

import os

# repository root, resolved absolutely
PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# data files (absolute, because the folder name has spaces in it)
TRAIN_JSON_PATH = os.path.join(PROJECT_ROOT, "data/processed/sft_train.jsonl")
VAL_JSON_PATH   = os.path.join(PROJECT_ROOT, "data/processed/sft_val.jsonl")

# base checkpoint
BASE_MODEL_NAME = "TinyLlama/TinyLlama-1.1B-Chat-v1.0"

MAX_SEQ_LENGTH = 512

# LoRA (shared by the Mac and the CUDA scripts)
LORA_R = 8
LORA_ALPHA = 16
LORA_DROPOUT = 0.05
LORA_TARGET_MODULES = ["q_proj", "v_proj"]

BATCH_SIZE = 2
GRADIENT_ACCUM = 4
LEARNING_RATE = 2e-4
MAX_STEPS = 5000

# where things get written
OUTPUT_DIR = "models/sft_output"
LOG_DIR = "logs/sft_logs"

SEED = 42
