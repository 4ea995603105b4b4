"""Configuration constants for fine-tuning.

This module centralizes all configuration values used across the project.
"""

# =============================================================================
# Model Configuration
# =============================================================================

MODEL_NAME = "nvidia/Llama-3.1-Nemotron-Nano-4B-v1.1"
"""Base model to fine-tune. Nemotron-Nano-4B is a 4B parameter model with 128K context."""

DATASET_NAME = "glaiveai/glaive-function-calling-v2"
"""Training dataset. Contains 113K function calling examples."""

# =============================================================================
# LoRA Configuration
# =============================================================================

MAX_SEQ_LENGTH = 4096
LORA_R = 16
LORA_ALPHA = 32
LORA_DROPOUT = 0.05
LORA_TARGET_MODULES = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]

# =============================================================================
# Training Configuration
# =============================================================================

DEFAULT_OUTPUT_DIR = "./outputs/unsloth-nemotron-function-calling"
"""Default directory for saving trained models."""

BATCH_SIZE = 2
GRADIENT_ACCUMULATION_STEPS = 4
WARMUP_RATIO = 0.03
NUM_EPOCHS = 3
LEARNING_RATE = 2e-4
SAVE_STEPS = 500
RANDOM_SEED = 42

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
