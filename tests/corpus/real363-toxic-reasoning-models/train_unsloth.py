from functools import partial

from unsloth import FastLanguageModel, is_bfloat16_supported

from trl import SFTTrainer
from transformers import TrainingArguments
from datasets import Dataset

import pandas as pd

from tqdm import tqdm

from data import _raw_data,  _preprocess, COLUMNS
from structure import ThreadReasonings, from_answers_and_labels


MAX_SEQ_LENGTH = 4096   # Choose any! We auto support RoPE Scaling internally!
DTYPE = None            # None for auto detection. Float16 for Tesla T4, V100, Bfloat16 for Ampere+
LOAD_IN_4BIT = True     # Use 4bit quantization to reduce memory usage. Can be False.

MODEL_PATH = "MasterControlAIML/DeepSeek-R1-Qwen-2.5-1.5b-Latest-Unstructured-To-Structured"


model, tokenizer = FastLanguageModel.from_pretrained(
    model_name=MODEL_PATH,
    max_seq_length=MAX_SEQ_LENGTH,
    dtype=DTYPE,
    load_in_4bit=LOAD_IN_4BIT,
)

model = FastLanguageModel.get_peft_model(
    model,
    r=16, # Choose any number > 0 ! Suggested 8, 16, 32, 64, 128
    target_modules=["q_proj", "k_proj", "v_proj", "o_proj",
                    "gate_proj", "up_proj", "down_proj",],
    lora_alpha=16,
    lora_dropout=0, # Supports any, but = 0 is optimized
    bias="none",    # Supports any, but = "none" is optimized
    # [NEW] "unsloth" uses 30% less VRAM, fits 2x larger batch sizes!
    use_gradient_checkpointing="unsloth", # True or "unsloth" for very long context
    random_state=3407,
    use_rslora=False,  # We support rank stabilized LoRA
    loftq_config=None, # And LoftQ
)


# LOAD DATA
DATA_DIR = {
    'test': '../data/temporal/preprocessed_test.pkl',
    'train': '../data/temporal/preprocessed_train.pkl',
}
eos_token = tokenizer.eos_token
