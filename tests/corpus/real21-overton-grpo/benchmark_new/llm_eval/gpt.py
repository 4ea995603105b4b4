#!/usr/bin/env python3
# -*- coding: utf-8 -*-

import os
import sys
import json
import time
from datetime import datetime

import pandas as pd
from openai import OpenAI


# CONFIG
INPUT_CSV   = "/home/zczlyf7/Overton-PPO/workflow_350/GPT-OSS/explicit/test_5p_gen.csv"
# INPUT_CSV   = "/home/zczlyf7/Overton-PPO/workflow/modular_pluralism/refine_400tokens/test_5p_gen.csv"

COL_QUERY   = "prompt"
COL_OUTPUT  = "answers"

LOGDIR      = "/home/zczlyf7/Overton-PPO/benchmark_new/llm_eval/logs"
OUTDIR      = "/home/zczlyf7/Overton-PPO/benchmark_new/llm_eval/output"
os.makedirs(OUTDIR, exist_ok=True)

N_ROWS      = 300
CHUNK_SIZE  = 50

# Model & tokens
MODEL_NAME  = os.environ.get("JUDGE_MODEL", "gpt-4o-mini")
MAX_OUTPUT_TOKENS = 450

COMPLETION_WINDOW = "24h"
POLL_INTERVAL_SEC = 20

api_key = os.environ.get("OPENAI_API_KEY")
if not api_key:
    print("ERROR: OPENAI_API_KEY is not set.")
    sys.exit(1)
client = OpenAI(api_key=api_key)

timestamp = datetime.now().strftime("%Y%m%d_%H%M%S")
print(f"[{datetime.now()}] Using model: {MODEL_NAME}")

df = pd.read_csv(INPUT_CSV, usecols=[COL_QUERY, COL_OUTPUT]).dropna().iloc[:N_ROWS]
pairs = list(zip(df[COL_QUERY].astype(str), df[COL_OUTPUT].astype(str)))
chunks = [pairs[i:i + CHUNK_SIZE] for i in range(0, len(pairs), CHUNK_SIZE)]

USER_TEMPLATE = """Please act as an impartial judge and evaluate the quality of the responses provided.
## Query:
{situation}
## Output:
{response}
Rate Helpfulness, Clarity, Factuality, Depth and Engagement from 1 to 5 in JSON."""

for idx, chunk in enumerate(chunks, start=1):
    jsonl_path = os.path.join(OUTDIR, f"batchinput_{timestamp}_{idx:02d}.jsonl")
    with open(jsonl_path, "w", encoding="utf-8") as f:
        for j, (q, a) in enumerate(chunk, start=1):
            body = {
                "model": MODEL_NAME,
                "input": [{"role": "user", "content": USER_TEMPLATE.format(situation=q, response=a)}],
                "max_output_tokens": MAX_OUTPUT_TOKENS,
            }
            line = {"custom_id": f"item-{(idx - 1) * CHUNK_SIZE + j}", "method": "POST", "url": "/v1/responses", "body": body}
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    bf = client.files.create(file=open(jsonl_path, "rb"), purpose="batch")
    b = client.batches.create(input_file_id=bf.id, endpoint="/v1/responses", completion_window=COMPLETION_WINDOW)
    while b.status not in ("completed", "failed", "cancelled", "expired"):
        time.sleep(POLL_INTERVAL_SEC)
        b = client.batches.retrieve(b.id)
    print(f"[{datetime.now()}] {b.id} -> {b.status}")
