"""
Settings for the reasoning-distillation pipeline (DeepSeek-R1-Distill style).

Lessons carried over from the earlier SFT runs:
1. one fixed prompt template
2. low learning rate with cosine decay
3. optional KL term against the base model
"""

from dataclasses import dataclass, field
from typing import Optional, List
import torch


@dataclass
class DistillationConfig:
    """Pipeline settings"""

    # Model
    base_model_name: str = "Qwen/Qwen2.5-0.5B"  # base model without reasoning
    model_max_length: int = 1024

    # Data
    dataset_name: str = "open-thoughts/OpenThoughts-114k"
    dataset_split: str = "train"
    max_samples: Optional[int] = None
    validation_split: float = 0.05

    # Training
    output_dir: str = "./outputs/distillation"
    num_train_epochs: int = 2
    per_device_train_batch_size: int = 1
    gradient_accumulation_steps: int = 16
    learning_rate: float = 2e-5
    lr_scheduler_type: str = "cosine"

    # LoRA
    use_lora: bool = True
    lora_r: int = 16
    lora_alpha: int = 32
    lora_target_modules: List[str] = field(default_factory=lambda: [
        "q_proj", "k_proj", "v_proj", "o_proj",
        "gate_proj", "up_proj", "down_proj"
    ])

    seed: int = 42


@dataclass
class EvaluationConfig:
    """Evaluation settings"""

    base_model_path: str = "Qwen/Qwen2.5-0.5B"
    sft_model_path: str = "./outputs/distillation/final_model"

    max_new_tokens: int = 512
    temperature: float = 0.7

    device: str = field(default_factory=lambda: "cuda" if torch.cuda.is_available() else "cpu")

    results_output_path: str = "./outputs/distillation/evaluation_results.json"
