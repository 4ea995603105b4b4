#!/usr/bin/env python3
"""
GRPO training script for the Reasoning Generator Agent.

Trains Qwen2.5-Coder-3B-Instruct on Spider Text-to-SQL data
using Group Relative Policy Optimization (GRPO) with LoRA.

Usage:
    python train_reasoning_grpo.py \
        --num-train 100 \
        --num-generations 4 \
        --max-steps 50 \
        --output-dir /gpfs/work/aac/jiahuiwang24/reasoning_generator_3b/checkpoints/grpo_lora
"""

import argparse
import json
from pathlib import Path
from typing import Any, Dict, List

import torch
from datasets import Dataset
from transformers import AutoModelForCausalLM, AutoTokenizer
from peft import LoraConfig
from trl import GRPOConfig, GRPOTrainer

# ---------------------------------------------------------------------------
# Our own utilities — reuse spider_utils, do NOT rewrite.
# ---------------------------------------------------------------------------
from spider_utils import (
    SpiderLoader, DatabaseExecutor, compare_execution_results,
)
# Row-overlap helpers from spider_utils (tested there): ORDER BY detection is
# string-literal aware, and value normalization keeps float rounding consistent
# with the executor's own comparison logic.
from spider_utils import _has_order_by, _normalize_value_for_comparison, _rows_to_counter

# Atomic reward (FINER-SQL): dense structural credit via SQL parse Jaccard.
# Lazy-imported so sqlglot is NOT a hard dependency for non-atomic rewards.
_atomic_reward = None

def _get_atomic_reward():
    global _atomic_reward
    if _atomic_reward is None:
        from atomic_reward import AtomicOpsReward
        _atomic_reward = AtomicOpsReward(dialect="sqlite")
    return _atomic_reward

# Import agent's build_prompt and extract_sql for guaranteed consistency.
# Both are @staticmethod — no GPU needed.
from reasoning_generator_agent import ReasoningGeneratorAgent


# ===================================================================
# Paths (relative to this file: src/ → project root)
# ===================================================================
PROJECT_ROOT = Path(__file__).resolve().parent.parent
SPIDER_DIR = PROJECT_ROOT / "data" / "spider_data"
MODEL_PATH = PROJECT_ROOT / "models" / "Qwen2.5-Coder-3B-Instruct"
DEFAULT_OUTPUT_DIR = PROJECT_ROOT / "checkpoints" / "grpo_lora"
