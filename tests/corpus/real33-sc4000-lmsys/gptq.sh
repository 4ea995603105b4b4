#!/bin/bash
#SBATCH --partition=UGGPU-TC1
#SBATCH --qos=normal
#SBATCH --gres=gpu:1
#SBATCH --mem=8G
#SBATCH --job-name=GPTQ
#SBATCH --output=output_%x_%j.out

module load anaconda
eval "$(conda shell.bash hook)"
conda activate myenv
cd ~/exported-assets_sc4000

python - <<'PY'
"""
merge_and_quantize_lora.py: merge the LoRA adapter into the base model, then quantize to 4-bit NF4.
"""
import os

import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification, AutoTokenizer, BitsAndBytesConfig

# ===============================
# User Configuration
# ===============================
BASE_MODEL_PATH = "google/gemma-2-9b-it"
LORA_ADAPTER_PATH = "model_save/avg_lora"
MERGED_OUTPUT_DIR = "model_save/final_merged_model"
QUANTIZED_OUTPUT_DIR = "model_save/final_quantized_model"

torch_dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16

tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL_PATH)
base_model = AutoModelForSequenceClassification.from_pretrained(
    BASE_MODEL_PATH,
    num_labels=3,
    torch_dtype=torch_dtype,
    device_map="auto",
)

model = PeftModel.from_pretrained(base_model, LORA_ADAPTER_PATH)
merged_model = model.merge_and_unload()
os.makedirs(MERGED_OUTPUT_DIR, exist_ok=True)
merged_model.save_pretrained(MERGED_OUTPUT_DIR)
tokenizer.save_pretrained(MERGED_OUTPUT_DIR)

bnb_config = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True)
quantized_model = AutoModelForCausalLM.from_pretrained(MERGED_OUTPUT_DIR, quantization_config=bnb_config, device_map="auto")
os.makedirs(QUANTIZED_OUTPUT_DIR, exist_ok=True)
quantized_model.save_pretrained(QUANTIZED_OUTPUT_DIR)
print(f"Saved quantized model to {QUANTIZED_OUTPUT_DIR}")
PY
