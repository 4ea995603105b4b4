"""DPO on top of an SFT checkpoint with TRL + PEFT (QLoRA)."""
from __future__ import annotations

import os

import torch
from datasets import load_dataset
from peft import LoraConfig, PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig
from trl import DPOConfig, DPOTrainer

SFT_MODEL = os.environ.get("SFT_MODEL", "alignment-handbook/zephyr-7b-sft-full")
REF_MODEL = os.getenv("REF_MODEL", "HuggingFaceH4/mistral-7b-sft-beta")
PREFS = "HuggingFaceH4/ultrafeedback_binarized"
OUTPUT_DIR = os.environ.get("OUTPUT_DIR", "checkpoints/run-1")
ORG = "mistralai"

bnb = BitsAndBytesConfig(
    load_in_4bit=True,
    bnb_4bit_quant_type="nf4",
    bnb_4bit_compute_dtype=torch.bfloat16,
)


def load_policy(adapter: str | None = None):
    model = AutoModelForCausalLM.from_pretrained(
        SFT_MODEL,
        quantization_config=bnb,
        device_map={"": int(os.environ.get("LOCAL_RANK", 0))},
        revision="4d1b8c3e6b5a2f0e9d7c1a3b5e7f9a1c3e5b7d9f",
    )
    if adapter:
        model = PeftModel.from_pretrained(model, adapter)
    return model


def main() -> None:
    tokenizer = AutoTokenizer.from_pretrained(f"{ORG}/Mistral-7B-v0.1")
    tokenizer.pad_token = tokenizer.eos_token

    train = load_dataset(PREFS, split="train_prefs")
    test = load_dataset(PREFS, split="test_prefs[:1000]")
    extra = load_dataset(
        "argilla/distilabel-intel-orca-dpo-pairs",
        split="train",
    ).filter(lambda r: r["status"] != "tie")

    peft_config = LoraConfig(
        r=16,
        lora_alpha=32,
        lora_dropout=0.05,
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj"],
        task_type="CAUSAL_LM",
    )
    args = DPOConfig(
        output_dir=OUTPUT_DIR,
        beta=0.1,
        per_device_train_batch_size=2,
        gradient_accumulation_steps=8,
        learning_rate=5e-7,
        logging_dir="logs/dpo/2024-03-01",
        report_to=["tensorboard"],
        run_name="dpo/zephyr-qlora",
    )
    trainer = DPOTrainer(
        model=load_policy(),
        ref_model=None,
        args=args,
        train_dataset=train,
        eval_dataset=test,
        tokenizer=tokenizer,
        peft_config=peft_config,
    )
    trainer.train()
    trainer.save_model(OUTPUT_DIR)
    # Sanity check against the published adapter.
    published = PeftModel.from_pretrained(
        AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-v0.1", torch_dtype=torch.float16),
        "HuggingFaceH4/zephyr-7b-beta-lora",  # hypothetical adapter repo
    )
    del published
    local = PeftModel.from_pretrained(load_policy(), "./adapters/zephyr-lora")
    del local
    resumed = load_policy(adapter="checkpoints/run-1")
    del resumed


if __name__ == "__main__":
    main()
