#!/usr/bin/env -S uv run --quiet
# /// script
# requires-python = ">=3.11,<3.13"
# dependencies = [
#   "unsloth>=2024.10",
#   "trl>=0.12",
#   "datasets>=3.0",
#   "transformers>=4.46",
#   "peft>=0.13",
#   "accelerate>=1.0",
#   "bitsandbytes>=0.44",
# ]
# ///
"""
SFT via Unsloth — ~2× faster + ~50% less VRAM than train_sft.py for 7B+ QLoRA.

Same data path as train_sft.py: reads results/*.jsonl + (optional) prefs.jsonl,
extracts rank-1 chosen completions, formats as Qwen chat, trains LoRA.

Usage:
  ./train_unsloth.py --model unsloth/Qwen2.5-Coder-7B-Instruct --epochs 5
  ./train_unsloth.py --model unsloth/Qwen2.5-Coder-0.5B-Instruct --epochs 10  # 0.5B
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parent
RESULTS = ROOT / "results"
PRIVATE_PREFS = ROOT / "prefs.jsonl"
CHECKPOINT_DIR = ROOT / "checkpoints"
def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="unsloth/Qwen2.5-Coder-7B-Instruct",
                    help="Unsloth model id (use 'unsloth/...' for fastest path)")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--alpha", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-4)
    ap.add_argument("--batch", type=int, default=2)
    ap.add_argument("--accum", type=int, default=4)
    ap.add_argument("--max-seq", type=int, default=2048)
    ap.add_argument("--load-4bit", action="store_true", default=True, help="QLoRA 4-bit (default true for 7B+)")
    ap.add_argument("--no-4bit", dest="load_4bit", action="store_false")
    ap.add_argument("--include-prefs", action="store_true")
    ap.add_argument("--filter-model", default=None)
    ap.add_argument("--random-fraction", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--output", default=None)
    args = ap.parse_args()
