#!/usr/bin/env python3
"""MMLU for any Hugging Face causal LM, served through vLLM."""

import os

os.environ["VLLM_USE_V1"] = "1"
os.environ["VLLM_CACHE_DIR"] = "/data-fast/vllm_cache"

import argparse
import json
import logging
from datetime import datetime
from typing import Dict, List, Optional

import torch
from datasets import load_dataset
from transformers import AutoTokenizer
from vllm import LLM, SamplingParams

logging.basicConfig(level=logging.INFO, format="%(asctime)s - %(levelname)s - %(message)s",
                    handlers=[logging.FileHandler("mmlu_evaluation.log"), logging.StreamHandler()])
log = logging.getLogger(__name__)

SUBJECTS = {
    "abstract_algebra": "STEM", "anatomy": "STEM", "college_physics": "STEM", "computer_security": "STEM",
    "econometrics": "Social Sciences", "formal_logic": "Humanities", "global_facts": "Other",
    "high_school_mathematics": "STEM", "machine_learning": "STEM", "philosophy": "Humanities",
    "professional_law": "Humanities", "virology": "STEM", "world_religions": "Humanities",
}


class MMLURunner:
    def __init__(self, model_name: str, quantization: Optional[str] = None, trust_remote_code: bool = True):
        self.model_name = model_name
        self.quantization = quantization
        self.tok = AutoTokenizer.from_pretrained(model_name)
        self.engine = LLM(
            model=model_name,
            trust_remote_code=trust_remote_code,
            tensor_parallel_size=torch.cuda.device_count(),
            dtype="bfloat16",
            quantization=quantization,
        )

    def prompt(self, q: str, choices: List[str], chat: bool = True) -> str:
        body = "Answer with only the letter (A, B, C, or D) of the correct choice.\n\n" + f"Question: {q}\n\n"
        body += "".join(f"{chr(65 + i)}. {c}\n" for i, c in enumerate(choices)) + "\nAnswer:"
        if chat and getattr(self.tok, "chat_template", None):
            return self.tok.apply_chat_template([{"role": "user", "content": body}], tokenize=False, add_generation_prompt=True)
        return body

    def subject(self, name: str, limit: Optional[int] = None, chat: bool = True, bs: int = 16) -> Dict:
        ds = load_dataset("cais/mmlu", name, split="test")
        if limit:
            ds = ds.select(range(min(limit, len(ds))))
        params = SamplingParams(max_tokens=10, temperature=0.0, stop_token_ids=[self.tok.eos_token_id])
        hits = 0
        for batch in ds.batch(bs):
            prompts = [self.prompt(q, c, chat) for q, c in zip(batch["question"], batch["choices"])]
            outs = self.engine.generate(prompts, sampling_params=params)
            for out, gold in zip(outs, batch["answer"]):
                text = out.outputs[0].text.strip().upper()
                hits += next((l for l in "ABCD" if l in text), "A") == chr(65 + gold)
        log.info(f"{name}: {hits}/{len(ds)}")
        return {"subject": name, "category": SUBJECTS.get(name, "Other"), "correct": hits, "total": len(ds)}


def main():
    ap = argparse.ArgumentParser(description="MMLU with vLLM")
    ap.add_argument("--model", type=str, required=True,
                    help="Hugging Face model name (e.g., 'microsoft/DialoGPT-medium', 'meta-llama/Llama-2-7b-hf')")
    ap.add_argument("--quantization", type=str, choices=["4bit", "8bit"])
    ap.add_argument("--subjects", nargs="+")
    ap.add_argument("--num-samples", type=int)
    ap.add_argument("--output", type=str, default="mmlu_results.json")
    ap.add_argument("--no-chat-template", action="store_true")
    args = ap.parse_args()

    runner = MMLURunner(args.model, args.quantization)
    rows = [runner.subject(s, args.num_samples, not args.no_chat_template) for s in (args.subjects or list(SUBJECTS))]
    correct, total = sum(r["correct"] for r in rows), sum(r["total"] for r in rows)
    res = {"model": args.model, "overall_accuracy": correct / max(total, 1), "subjects": rows,
           "evaluation_date": datetime.now().isoformat()}
    with open(args.output, "w") as fh:
        json.dump(res, fh, indent=2)


if __name__ == "__main__":
    main()
