#!/usr/bin/env python3
"""MMMU (multi-discipline multimodal understanding) for Llama 4 checkpoints."""

import argparse
import json
import logging
from datetime import datetime
from typing import Dict, List, Optional

import torch
from datasets import load_dataset
from tqdm import tqdm
from transformers import AutoProcessor, BitsAndBytesConfig, Llama4ForConditionalGeneration

logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(levelname)s - %(message)s',
                    handlers=[logging.FileHandler('mmmu_evaluation.log'), logging.StreamHandler()])
log = logging.getLogger(__name__)

SUBJECTS = {
    'Accounting': 'Business', 'Art': 'Humanities', 'Biology': 'Science', 'Chemistry': 'Science',
    'Clinical_Medicine': 'Medicine', 'Computer_Science': 'STEM', 'Economics': 'Social Sciences',
    'Electronics': 'Engineering', 'History': 'Humanities', 'Math': 'STEM', 'Physics': 'Science',
    'Psychology': 'Social Sciences',
}


class MMMURunner:
    def __init__(self, model_name: str, quantization: Optional[str] = None, device: str = "auto"):
        self.model_name = model_name
        self.quantization = quantization
        self.processor = AutoProcessor.from_pretrained(model_name, trust_remote_code=True)
        qcfg = None
        if quantization == "4bit":
            qcfg = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_compute_dtype=torch.float16, bnb_4bit_quant_type="nf4")
        elif quantization == "8bit":
            qcfg = BitsAndBytesConfig(load_in_8bit=True)
        self.model = Llama4ForConditionalGeneration.from_pretrained(
            model_name,
            quantization_config=qcfg,
            device_map=device,
            torch_dtype=torch.float16 if qcfg is None else None,
            attn_implementation="flex_attention",
        )

    @staticmethod
    def prompt(question: str, options: List[str], images: List) -> List[Dict]:
        parts = [{"type": "image", "image": im} for im in images if im is not None]
        text = "Answer with the letter of the correct option only.\n\n" + f"Question: {question}\n\n"
        text += "".join(f"{chr(65 + i)}. {opt}\n" for i, opt in enumerate(options)) + "\nAnswer:"
        parts.append({"type": "text", "text": text})
        return [{"role": "user", "content": parts}]

    @staticmethod
    def letter(resp: str, n: int) -> str:
        resp = resp.strip().upper()
        return next((c for c in (chr(65 + i) for i in range(n)) if c in resp), 'A')

    def run_subject(self, subject: str, limit: Optional[int] = None) -> Dict:
        split = load_dataset("MMMU/MMMU", subject)['validation']
        if limit:
            split = split.select(range(min(limit, len(split))))
        hits = 0
        for ex in tqdm(split, desc=subject):
            imgs = [ex.get(f'image_{k}') for k in range(1, 8)]
            enc = self.processor.apply_chat_template(
                self.prompt(ex['question'], ex['options'], imgs),
                add_generation_prompt=True, tokenize=True, return_dict=True, return_tensors="pt",
            ).to(self.model.device)
            with torch.no_grad():
                out = self.model.generate(**enc, max_new_tokens=10, do_sample=False)
            resp = self.processor.batch_decode(out[:, enc["input_ids"].shape[-1]:], skip_special_tokens=True)[0]
            hits += self.letter(resp, len(ex['options'])) == ex['answer']
        total = len(split)
        log.info(f"{subject}: {hits}/{total}")
        return {'subject': subject, 'category': SUBJECTS.get(subject, 'Other'), 'correct': hits, 'total': total}

    def run_all(self, subjects=None, limit=None) -> Dict:
        rows = [self.run_subject(s, limit) for s in (subjects or list(SUBJECTS))]
        correct = sum(r['correct'] for r in rows)
        total = sum(r['total'] for r in rows)
        return {'model': self.model_name, 'overall_accuracy': correct / max(total, 1), 'subjects': rows,
                'evaluation_date': datetime.now().isoformat(), 'quantization': self.quantization, 'benchmark': 'MMMU'}


def main():
    ap = argparse.ArgumentParser(description="Llama 4 on MMMU")
    ap.add_argument("--model", type=str, required=True,
                    help="Llama 4 checkpoint (e.g., 'meta-llama/Llama-4-Scout-17B-16E-Instruct')")
    ap.add_argument("--quantization", type=str, choices=["4bit", "8bit"])
    ap.add_argument("--subjects", nargs="+")
    ap.add_argument("--num-samples", type=int)
    ap.add_argument("--output", type=str, default="mmmu_results.json")
    ap.add_argument("--device", type=str, default="auto")
    args = ap.parse_args()

    runner = MMMURunner(args.model, args.quantization, args.device)
    res = runner.run_all(args.subjects, args.num_samples)
    with open(args.output, 'w') as fh:
        json.dump(res, fh, indent=2, default=str)
    print(f"MMMU accuracy for {res['model']}: {res['overall_accuracy']:.3f}")


if __name__ == "__main__":
    main()
