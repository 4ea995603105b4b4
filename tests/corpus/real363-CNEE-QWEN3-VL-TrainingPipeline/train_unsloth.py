import json
import torch
from unsloth import FastVisionModel
from unsloth.trainer import UnslothVisionDataCollator
from trl import SFTTrainer, SFTConfig
from datasets import Dataset

print("=== Iniciando entrenamiento con Unsloth ===")

MAX_IMAGENES = 10  # Limitamos a 5 paginas por caso para caber en 8GB VRAM

# ── 1. Cargar modelo ──
model, tokenizer = FastVisionModel.from_pretrained(
    model_name="/home/julioefajardo/CNEE/models/Qwen3-VL-2B-Instruct",
    load_in_4bit=True,
    use_gradient_checkpointing="unsloth",
)
tokenizer.model_max_length = 8192

model = FastVisionModel.get_peft_model(
    model,
    finetune_vision_layers=True,
    finetune_language_layers=True,
    finetune_attention_modules=True,
    finetune_mlp_modules=True,
    r=8,
    lora_alpha=16,
    lora_dropout=0.05,
    bias="none",
    random_state=42,
)

print(f"Modelo cargado. VRAM: {round(torch.cuda.memory_allocated()/1e9,2)} GB")

# ── 2. Cargar dataset ──
with open("/home/julioefajardo/CNEE/dataset/dataset_FINAL_100casos.json") as f:
    data = json.load(f)

BASE = "/home/julioefajardo/CNEE"
