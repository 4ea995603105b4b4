import os, json, math, tempfile
from typing import Dict, List, Tuple

import numpy as np
import torch
import tqdm
import ray

from datasets import load_dataset
from accelerate import Accelerator, DeepSpeedPlugin
from accelerate.utils import set_seed
from transformers import AutoModelForCausalLM, AutoTokenizer

from ray import train
from ray.train import Checkpoint, RunConfig, ScalingConfig, DataConfig
from ray.train.torch import TorchTrainer

# ---- Required by the customer (no exceptions)
MODEL_ID = "Qwen/Qwen2.5-32B-Instruct"
HF_DATASET_ID = "evanfrick/human-pref-debug-dataset"

# ---- Quick-run knobs (tweak for cluster size/speed)
NUM_WORKERS = 8                 # num of GPUs 
PER_DEVICE_BATCH_SIZE = 2
GRAD_ACCUM_STEPS = 1
EPOCHS = 1
MAX_LENGTH = 1024               # prompt context length
LEARNING_RATE = 5e-5
LIMIT_ROWS = 4000               # limit HF rows for a fast run; set 0 for full dataset

# ---- Storage on Anyscale
STORAGE_PATH = "/mnt/cluster_storage/lmarena_qwen32b_rm"

DS_CONFIG_PATH = "./deepspeed_zero3.json"

ds_cfg = {
    "train_micro_batch_size_per_gpu": PER_DEVICE_BATCH_SIZE,
    "gradient_accumulation_steps": GRAD_ACCUM_STEPS,
    "zero_optimization": {
        "stage": 3,
        "overlap_comm": True,
        "contiguous_gradients": True,
        "reduce_bucket_size": 5e7,
        "stage3_prefetch_bucket_size": 5e7,
        "stage3_param_persistence_threshold": 1e5,
        "stage3_max_live_parameters": 1e9,
        "stage3_max_reuse_distance": 1e9,
        "stage3_gather_16bit_weights_on_model_save": True,
        "sub_group_size": 1e9,
        "offload_optimizer": {
            "device": "none"
        },
        "offload_param": {
            "device": "none"
        }
    },
    "bf16": {"enabled": True},
    "fp16": {"enabled": False},
    "gradient_clipping": 1.0
}
with open(DS_CONFIG_PATH, "w") as f:
    json.dump(ds_cfg, f, indent=2)
