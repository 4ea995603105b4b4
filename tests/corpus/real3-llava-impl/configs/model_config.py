"""Configuration dataclasses for LLaVA."""

from dataclasses import dataclass, field
from typing import Any, Dict


@dataclass
class VisionConfig:
    model_name: str = "openai/clip-vit-large-patch14-336"
    image_size: int = 336
    patch_size: int = 14
    hidden_size: int = 1024


@dataclass
class LanguageConfig:
    model_name: str = "lmsys/vicuna-7b-v1.5"
    hidden_size: int = 4096
    num_attention_heads: int = 32
    num_hidden_layers: int = 32
    intermediate_size: int = 11008
    vocab_size: int = 32000


@dataclass
class ProjectorConfig:
    input_dim: int = 1024
    hidden_dim: int = 4096
    output_dim: int = 4096
    activation: str = "gelu"


@dataclass
class TrainingConfig:
    batch_size: int = 32
    learning_rate: float = 2e-5
    lr_scheduler_type: str = "cosine"
    optim: str = "adamw_torch"


@dataclass
class LLaVAConfig:
    vision: VisionConfig = field(default_factory=VisionConfig)
    language: LanguageConfig = field(default_factory=LanguageConfig)
    projector: ProjectorConfig = field(default_factory=ProjectorConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)
    max_length: int = 2048

    @classmethod
    def from_dict(cls, d: Dict[str, Any]) -> "LLaVAConfig":
        rest = {k: v for k, v in d.items() if k not in ("vision", "language", "projector", "training")}
        return cls(
            vision=VisionConfig(**d.get("vision", {})),
            language=LanguageConfig(**d.get("language", {})),
            projector=ProjectorConfig(**d.get("projector", {})),
            training=TrainingConfig(**d.get("training", {})),
            **rest,
        )


# presets by size
LLAVA_7B_CONFIG = LLaVAConfig(
    language=LanguageConfig(
        model_name="lmsys/vicuna-7b-v1.5",
        hidden_size=4096,
        num_attention_heads=32,
        num_hidden_layers=32,
        intermediate_size=11008,
    ),
    projector=ProjectorConfig(input_dim=1024, hidden_dim=4096, output_dim=4096),
)

LLAVA_13B_CONFIG = LLaVAConfig(
    language=LanguageConfig(
        model_name="lmsys/vicuna-13b-v1.5",
        hidden_size=5120,
        num_attention_heads=40,
        num_hidden_layers=40,
        intermediate_size=13824,
    ),
    projector=ProjectorConfig(input_dim=1024, hidden_dim=5120, output_dim=5120),
)
