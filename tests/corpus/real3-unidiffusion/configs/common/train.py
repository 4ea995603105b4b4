import torch
from accelerate import Accelerator
from accelerate.utils import ProjectConfiguration
from diffusion_trainer.config import LazyCall as L

train = {
    'accelerate': {'enabled': True},
    # shared training options
    'output_dir': './output',
    'pretrained_model_name_or_path': '',
    'revision': '',
    'seed': 0,
    'use_xformers': True,
    'wandb': {
        'enabled': False,
        'project': 'DiffusionTrainer',
        'entity': None,
    },
}

accelerator = L(Accelerator)(
    gradient_accumulation_steps=1,
    mixed_precision='fp16',  # "no" | "fp16" | "bf16"
    log_with='wandb',  # tensorboard, wandb or comet_ml
    project_config=L(ProjectConfiguration)(total_limit=None),
)
