"""Fetch a public preference dataset (test1)"""
from datasets import load_dataset
import json, os

print("Fetching HH-RLHF...")
dataset = load_dataset("Anthropic/hh-rlhf", split="train").select(range(5000))

rows = []
for item in dataset:
    try:
        prompt = item["chosen"].split("\n\nAssistant:")[0].replace("Human:", "").strip()
        chosen = item["chosen"].split("\n\nAssistant:")[-1].strip()
        rejected = item["rejected"].split("\n\nAssistant:")[-1].strip()
        rows.append({"prompt": prompt, "chosen": chosen, "rejected": rejected})
    except: continue

os.makedirs("data/processed", exist_ok=True)
with open("data/processed/preference_train.json", 'w', encoding='utf-8') as f:
    json.dump(rows, f, indent=2)

print(f"Wrote {len(rows)} pairs to data/processed/preference_train.json")
