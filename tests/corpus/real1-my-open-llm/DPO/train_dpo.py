# train_dpo.py
from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import DPOConfig, DPOTrainer

model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2-0.5B-Instruct")
tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen2-0.5B-Instruct")
prefs = load_dataset("trl-lib/ultrafeedback_binarized", split="train")

cfg = DPOConfig(output_dir="Qwen2-0.5B-DPO", logging_steps=10)
DPOTrainer(model=model, args=cfg, processing_class=tokenizer, train_dataset=prefs).train()
