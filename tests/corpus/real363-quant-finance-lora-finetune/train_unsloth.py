"""LoRA fine-tune on the quant-finance Q&A set using Unsloth.

On Apple Silicon, Unsloth dispatches FastLanguageModel -> FastMLXModel and
trains through MLXTrainer, not TRL's SFTTrainer. So load_in_4bit here is real
MLX quantization (not bitsandbytes), which is what makes the 3B fit in 8GB.

Defaults mirror train_mlx.py's base model so the two adapters are comparable.
Override with MODEL=... (e.g. Qwen/Qwen2.5-1.5B-Instruct for a bf16 run).
"""
import os

from unsloth import FastLanguageModel
from unsloth_zoo.mlx.trainer import (
    MLXTrainer,
    MLXTrainingConfig,
    train_on_responses_only,
)
from datasets import load_dataset

MODEL = os.environ.get("MODEL", "mlx-community/Qwen2.5-3B-Instruct-4bit")
MAX_SEQ_LEN = int(os.environ.get("MAX_SEQ_LEN", 640))  # longest example is 562 tok
EPOCHS = int(os.environ.get("EPOCHS", 2))
ADAPTER_PATH = os.environ.get("ADAPTER_PATH", "./fo-adapter-unsloth")

print(f"Base model : {MODEL}")

model, tokenizer = FastLanguageModel.from_pretrained(
    model_name=MODEL,
    max_seq_length=MAX_SEQ_LEN,
    dtype=None,  # keep native dtype; auto-picks bf16 on bf16-capable chips
    load_in_4bit=True,
)

model = FastLanguageModel.get_peft_model(
    model,
    r=16,
    lora_alpha=16,
    lora_dropout=0.0,
    bias="none",
    finetune_attention_modules=True,
    finetune_mlp_modules=True,
    use_gradient_checkpointing="mlx",
    max_seq_length=MAX_SEQ_LEN,
    random_state=42,
)

dataset = load_dataset(
    "json",
    data_files={"train": "data/train.jsonl", "validation": "data/valid.jsonl"},
)
