import torch
import subprocess
import time
import threading
import os
import numpy as np
from transformers import AutoModelForCausalLM, AutoTokenizer

os.environ["TOKENIZERS_PARALLELISM"] = "false"
torch.manual_seed(42)

MODEL = "/home/shadeform/llama-trt-optimization/models/llama-3.1-8b-instruct"
PROMPT = "Write a Python function to reverse a linked list:"
GPU_ID = os.environ.get("CUDA_VISIBLE_DEVICES", "0").split(",")[0]

gpu_utils = []
monitoring = False


def monitor_gpu():
    # sample utilisation every 50 ms while generation runs
    while monitoring:
        try:
            out = subprocess.run(
                ['nvidia-smi', '-i', GPU_ID, '--query-gpu=utilization.gpu', '--format=csv,noheader,nounits'],
                capture_output=True, text=True, check=True, timeout=1)
            gpu_utils.append(float(out.stdout.strip().splitlines()[0]))
            time.sleep(0.05)
        except Exception:
            pass


tokenizer = AutoTokenizer.from_pretrained(MODEL)
if tokenizer.pad_token_id is None:
    tokenizer.pad_token = tokenizer.eos_token

model = AutoModelForCausalLM.from_pretrained(
    MODEL,
    torch_dtype=torch.float16,
    device_map="cuda",
    attn_implementation="sdpa"
)
model.eval()

encoded = tokenizer(PROMPT, return_tensors="pt")
input_ids = encoded["input_ids"].to("cuda")

# (excerpt: warm-up, TTFT and throughput loops omitted)
