import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml
from datasets import load_dataset
from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    DataCollatorForLanguageModeling,
    Trainer,
    TrainingArguments,
)


@dataclass
class RunConfig:
    base_model: str
    dataset_path: str
    output_dir: str
    lr: float = 2e-4
    batch_size: int = 2
    micro_batch_size: int = 2
    num_epochs: int = 1
    max_length: int = 512
    lora_r: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.05
    use_4bit: bool = False
    gradient_accumulation_steps: Optional[int] = None


def to_text(rec: dict) -> str:
    if "messages" in rec:
        turns = [f"{m.get('role', 'user').capitalize()}: {m.get('content', '')}" for m in rec["messages"]]
        return "\n".join(turns)
    ctx = rec.get("input", "").strip()
    head = f"System: You are a helpful assistant.\nUser: {rec.get('instruction', '')}\n"
    if ctx:
        head += f"Context: {ctx}\n"
    return head + "Assistant: " + rec.get("output", "")


def main() -> None:
    ap = argparse.ArgumentParser(description="LoRA fine-tuning from a YAML config")
    ap.add_argument("--config", required=True)
    args = ap.parse_args()

    with open(args.config, "r", encoding="utf-8") as fh:
        cfg = RunConfig(**yaml.safe_load(fh))
    out_dir = Path(cfg.output_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    tok = AutoTokenizer.from_pretrained(cfg.base_model, use_fast=True)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    model = AutoModelForCausalLM.from_pretrained(cfg.base_model, device_map="auto", load_in_4bit=cfg.use_4bit)
    if cfg.use_4bit:
        model = prepare_model_for_kbit_training(model)
    model = get_peft_model(model, LoraConfig(
        r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=cfg.lora_dropout,
        task_type="CAUSAL_LM", target_modules=["q_proj", "k_proj", "v_proj", "o_proj"],
    ))

    ds = load_dataset("json", data_files=cfg.dataset_path)["train"]

    def encode(rec):
        enc = tok(to_text(rec), max_length=cfg.max_length, truncation=True, padding="max_length")
        enc["labels"] = enc["input_ids"].copy()
        return enc

    ds = ds.map(encode, remove_columns=ds.column_names)
    accum = cfg.gradient_accumulation_steps or max(1, cfg.batch_size // cfg.micro_batch_size)
    trainer = Trainer(
        model=model,
        args=TrainingArguments(
            output_dir=str(out_dir), learning_rate=cfg.lr,
            per_device_train_batch_size=cfg.micro_batch_size,
            gradient_accumulation_steps=accum, num_train_epochs=cfg.num_epochs,
            logging_steps=10, save_strategy="epoch", bf16=True, report_to=[],
        ),
        train_dataset=ds,
        data_collator=DataCollatorForLanguageModeling(tok, mlm=False),
    )
    trainer.train()
    model.save_pretrained(str(out_dir / "lora_adapter"))
    tok.save_pretrained(str(out_dir))
    (out_dir / "train_summary.json").write_text(json.dumps({"params": vars(cfg)}, indent=2))


if __name__ == "__main__":
    main()
