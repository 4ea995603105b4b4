from dataclasses import dataclass, field
from typing import Optional

from transformers import TrainingArguments as HFTrainingArguments
from trl import GRPOConfig as GRPOConfigTRL


@dataclass
class ModelArguments:
    model_id: Optional[str] = field(default="Qwen/Qwen2-VL-7B-Instruct")


@dataclass
class TrainingArguments(HFTrainingArguments):
    cache_dir: Optional[str] = field(default=None)
    optim: str = field(default="adamw_torch")
    freeze_vision_tower: bool = field(default=False)
    freeze_llm: bool = field(default=False)
    freeze_merger: bool = field(default=False)
    disable_flash_attn2: bool = field(default=False)
    max_seq_length: int = field(
        default=32768,  # qwen2-vl's default
        metadata={"help": "Maximum sequence length. Sequences are right padded (and possibly truncated)."},
    )
    quant_type: str = field(default="nf4", metadata={"help": "Quantization data type: `fp4` or `nf4`."})
    bits: int = field(default=16)
    lora_enable: bool = False
    lora_rank: int = 64
    lora_alpha: int = 16
    lora_weight_path: str = ""
    vision_lr: Optional[float] = None
    merger_lr: Optional[float] = None
    use_liger: bool = True


@dataclass
class GRPOArguments(GRPOConfigTRL):
    cache_dir: Optional[str] = field(default=None)
    beta: float = field(default=0.04, metadata={"help": "KL coefficient; 0.0 skips loading the reference model."})
    temperature: float = 0.9
    max_completion_length: int = 256
    max_prompt_length: int = 512


@dataclass
class DataArguments:
    data_path: str = field(default=None, metadata={"help": "Path to the training data."})
    image_folder: Optional[str] = field(default=None)
    image_min_pixels: Optional[int] = field(default=3136)
    image_max_pixels: Optional[int] = field(default=12845056)
    fps: Optional[int] = field(default=None)
