"""
Small lm-eval-harness driver for the base models compared in README.md.
"""
import argparse
import json

import lm_eval
from lm_eval.tasks import TaskManager

MODELS = [
    "Qwen/Qwen2.5-3B", # HF native (proxy: Qwen/Qwen2.5-0.5B)
    "Qwen/Qwen3-4B-Base", # HF native (proxy: Qwen/Qwen2.5-0.5B)
    "HuggingFaceTB/SmolLM3-3B-Base", # HF native (proxy: HuggingFaceTB/SmolLM3-135M)
    "ServiceNow-AI/Apriel-5B-Base", # not HF native, needed a patch (proxy: ServiceNow-AI/Apriel-1.5B-Base)
        # ImportError: cannot import name 'LossKwargs' from 'transformers.utils'
        # fix: edit lm_eval/models/huggingface.py around line 630 so that the dtype
        # is only forwarded to from_pretrained when trust_remote_code is off
    "ibm-granite/granite-4.0-micro-base", # (proxy: itself, 3B params)
    "meta-llama/Llama-3.2-3B", # gated (proxy: meta-llama/Llama-3.2-1B)
    "google/gemma-2-2b", # gated (proxy: itself)
    "deepseek-ai/deepseek-llm-7b-base", # proxy: deepseek-ai/deepseek-llm-1.3b-base
]

TASKS = [
    "arc_challenge",
    "mathqa",
    "mmlu_college_physics",
    "mmlu_college_mathematics",
    "gsm8k", # needs max_new_tokens=256
]


def split_args(values):
    if not values:
        return None
    out = []
    for v in values:
        out.extend(p.strip() for p in v.split(",") if p.strip())
    return out or None


def main() -> None:
    ap = argparse.ArgumentParser(description="Run lm-eval-harness tasks on HF models.")
    ap.add_argument("--models", action="append", help="repeat or comma-separate; default: built-in list")
    ap.add_argument("--tasks", action="append")
    ap.add_argument("--output", default="results.json")
    ap.add_argument("--batch-size", default="auto")
    ap.add_argument("--model-args", default="")
    args = ap.parse_args()

    models = split_args(args.models) or MODELS
    wanted = split_args(args.tasks) or TASKS
    tasks = TaskManager().match_tasks(wanted)

    results = {}
    for name in models:
        margs = f"pretrained={name}"
        if args.model_args:
            margs = f"{margs},{args.model_args}"
        res = lm_eval.simple_evaluate(model="hf", model_args=margs, tasks=tasks, batch_size=args.batch_size)
        results[name] = res["results"]

    with open(args.output, "w") as fh:
        json.dump(results, fh, indent=2, default=str)


if __name__ == "__main__":
    main()
