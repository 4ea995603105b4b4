"""Plain LoRA SFT with trl."""

import torch
from datasets import Dataset
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, EarlyStoppingCallback
from trl import SFTConfig, SFTTrainer

TRAIN_JSON = 'data/train_dataset.json'
EVAL_JSON = 'data/val_dataset.json'

BASE_MODEL = 't-tech/T-pro-it-1.0'

SAVE_DIR = 'lora_model'

train_ds = Dataset.from_json(TRAIN_JSON)
eval_ds = Dataset.from_json(EVAL_JSON)

tok = AutoTokenizer.from_pretrained(BASE_MODEL)
if tok.pad_token is None:
    tok.pad_token = tok.eos_token

model = AutoModelForCausalLM.from_pretrained(
    BASE_MODEL,
    dtype=torch.bfloat16,
)
model.config.pad_token_id = tok.pad_token_id
model.gradient_checkpointing_enable()

lora = LoraConfig(
    r=32,
    lora_alpha=64,
    lora_dropout=0.1,
    task_type="CAUSAL_LM",
    target_modules=["q_proj", "k_proj", "v_proj", "o_proj"],
)
model = get_peft_model(model, lora)

cfg = SFTConfig(
    output_dir=SAVE_DIR,
    num_train_epochs=2,
    per_device_train_batch_size=1,
    gradient_accumulation_steps=8,
    learning_rate=2e-5,
    max_length=4096,
    eval_strategy="steps",
    eval_steps=200,
    save_steps=200,
    load_best_model_at_end=True,
    metric_for_best_model="eval_loss",
)

SFTTrainer(
    model=model,
    args=cfg,
    train_dataset=train_ds,
    eval_dataset=eval_ds,
    callbacks=[EarlyStoppingCallback(early_stopping_patience=3)],
).train()
