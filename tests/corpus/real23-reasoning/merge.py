#####################################################################################
#
# merge.py
#
# Merge the QLoRA adapters with the original LLM to produce a single new LLM in
# huggingface safetensors bf16 format. This can then be quantized and saved as
# a GGUF file for use with Ollama, etc.
#
#####################################################################################

import os
import sys
import logging
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
from peft import PeftModel

BASE_MODEL = "Qwen/Qwen2.5-3B-Instruct"  # Base model from Hugging Face
#ADAPTER_PATH = os.path.expanduser("~/src/reasoning/qwen2.5-3b-sft-unsloth-4bit/checkpoint-1000")  # QLoRA adapter path
ADAPTER_PATH = os.path.expanduser("~/src/reasoning/qwen2.5-3b-reasoning-model/checkpoint-1300")  # QLoRA adapter path
#OUTPUT_DIR = "sft4_model_merged"
OUTPUT_DIR = "model_merged"  # Output directory for merged HF model

logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(levelname)s] %(message)s")
logger = logging.getLogger(__name__)


def load_and_merge_model():
    logger.info(f"Loading base model: {BASE_MODEL}")
    base_model = AutoModelForCausalLM.from_pretrained(
        BASE_MODEL,
        torch_dtype=torch.bfloat16,
        trust_remote_code=True,
        device_map="auto",
    )
    tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL, trust_remote_code=True)

    logger.info(f"Loading adapter from: {ADAPTER_PATH}")
    adapter_model = PeftModel.from_pretrained(
        base_model,
        ADAPTER_PATH,
        torch_dtype=torch.bfloat16,
        device_map="auto",
    )
    merged_model = adapter_model.merge_and_unload()
    return merged_model, tokenizer


def save_model_hf(model, tokenizer):
    os.makedirs(OUTPUT_DIR, exist_ok=True)
    model.save_pretrained(OUTPUT_DIR)
    tokenizer.save_pretrained(OUTPUT_DIR)
    readme_content = f"""# Merged Qwen2.5-3B with QLoRA adapter

This is a merged model of {BASE_MODEL} with QLoRA adapter from {ADAPTER_PATH}.
"""
    with open(os.path.join(OUTPUT_DIR, "README.md"), "w") as f:
        f.write(readme_content)


def main():
    model, tokenizer = load_and_merge_model()
    save_model_hf(model, tokenizer)
    logger.info("You can now use external tools (llama.cpp) to convert this to GGUF and quantize.")


if __name__ == "__main__":
    main()
