# -*- coding: utf-8 -*-
"""Llama 3.1 8b + Unsloth fine-tuning, exported from Colab.

Original notebook:
    https://colab.research.google.com/drive/15_1azQwUj8t6sS6ygF9EsNQooMTiTj-p
"""

# %%capture
# !pip install unsloth datasets

import torch
from unsloth import FastLanguageModel

max_seq_length = 2048
load_in_4bit = True

# pre-quantized 4bit checkpoints
fourbit_models = [
    "unsloth/Meta-Llama-3.1-8B-bnb-4bit",
    "unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit",
    "unsloth/Meta-Llama-3.1-70B-bnb-4bit",
    "unsloth/Mistral-Nemo-Base-2407-bnb-4bit",
    "unsloth/mistral-7b-v0.3-bnb-4bit",
    "unsloth/Phi-3.5-mini-instruct",
    "unsloth/gemma-2-9b-bnb-4bit",
] # more at https://huggingface.co/unsloth

model, tokenizer = FastLanguageModel.from_pretrained(
    model_name = "unsloth/Meta-Llama-3.1-8B",
    max_seq_length = max_seq_length,
    dtype = None,
    load_in_4bit = load_in_4bit,
    # token = "hf_...", # for gated models like meta-llama/Llama-2-7b-hf
)

model = FastLanguageModel.get_peft_model(
    model,
    r = 16,
    target_modules = ["q_proj", "k_proj", "v_proj", "o_proj"],
    lora_alpha = 16,
    use_gradient_checkpointing = "unsloth",
    random_state = 3407,
)

from datasets import DatasetDict, load_dataset

dataset = load_dataset("Amod/mental_health_counseling_conversations")
tokenizer.pad_token = tokenizer.eos_token


def prep(ex):
    ctx = tokenizer(ex['Context'], truncation=True, padding="max_length", max_length=512)
    rsp = tokenizer(ex['Response'], truncation=True, padding="max_length", max_length=512)
    return {'input_ids': ctx['input_ids'], 'attention_mask': ctx['attention_mask'], 'labels': rsp['input_ids']}


dataset = dataset.map(prep, batched=True)

from transformers import TrainingArguments
from trl import SFTTrainer
from unsloth import is_bfloat16_supported

trainer = SFTTrainer(
    model = model,
    tokenizer = tokenizer,
    train_dataset = dataset['train'],
    dataset_text_field = "text",
    max_seq_length = max_seq_length,
    args = TrainingArguments(
        per_device_train_batch_size = 2,
        max_steps = 60,
        learning_rate = 2e-4,
        fp16 = not is_bfloat16_supported(),
        bf16 = is_bfloat16_supported(),
        output_dir = "outputs",
        report_to = "none",
    ),
)
trainer.train()

FastLanguageModel.for_inference(model)
ids = tokenizer("Context: I feel low. Response:", return_tensors="pt").input_ids
print(tokenizer.decode(model.generate(ids, max_length=200)[0], skip_special_tokens=True))
