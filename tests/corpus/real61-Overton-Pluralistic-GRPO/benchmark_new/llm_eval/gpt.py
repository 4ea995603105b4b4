#!/usr/bin/env python3
# -*- coding: utf-8 -*-

import os
import sys
import json
import time
import glob
from datetime import datetime
from typing import Dict, Any, List, Tuple

import pandas as pd
from openai import OpenAI


# CONFIG 
INPUT_CSV   = "/home/zczlyf7/Overton-PPO/workflow_350/GPT-OSS/explicit/test_5p_gen.csv"
# INPUT_CSV   = "/home/zczlyf7/Overton-PPO/workflow/modular_pluralism/refine_400tokens/test_5p_gen.csv"

# Column names in your CSV
COL_QUERY   = "prompt"
# COL_OUTPUT  = "llm_analysis"
COL_OUTPUT  = "answers"

# Output dirs
LOGDIR      = "/home/zczlyf7/Overton-PPO/benchmark_new/llm_eval/logs"
OUTDIR      = "/home/zczlyf7/Overton-PPO/benchmark_new/llm_eval/output"
os.makedirs(LOGDIR, exist_ok=True)
os.makedirs(OUTDIR, exist_ok=True)

# Data size
N_ROWS      = 300          # total rows to evaluate
CHUNK_SIZE  = 50           # rows per batch job (sequential submission)

# Model & tokens
MODEL_NAME  = os.environ.get("JUDGE_MODEL", "gpt-4o-mini")  
MAX_OUTPUT_TOKENS = 450    # tighter budget -> faster queues

# Batch settings
COMPLETION_WINDOW = "24h"
POLL_INTERVAL_SEC = 20     # poll current batch every X seconds

# Defensive clipping (avoid context length issues)
MAX_CHARS_QUERY  = 4000
MAX_CHARS_OUTPUT = 12000

def clip(s: str, n: int) -> str:
    s = (s or "").strip()
    return s if len(s) <= n else s[:n] + " ...[TRUNCATED]"
