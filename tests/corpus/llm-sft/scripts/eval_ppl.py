"""Compute perplexity of a causal LM on a text dataset."""
import argparse
import json
import math
from pathlib import Path

import torch
from datasets import load_dataset
from tqdm import tqdm
from transformers import AutoModelForCausalLM, AutoTokenizer


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--model", default="openai-community/gpt2-large", help="hub id or local dir")
    p.add_argument("--dataset", default="Salesforce/wikitext")
    p.add_argument("--dataset_config", default="wikitext-2-raw-v1")
    p.add_argument("--split", default="test")
    p.add_argument("--stride", type=int, default=512)
    p.add_argument("--out", type=Path, default=Path("results/ppl.json"))
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    return p.parse_args()


def main():
    args = parse_args()
    tok = AutoTokenizer.from_pretrained(args.model)
    model = AutoModelForCausalLM.from_pretrained(args.model).to(args.device).eval()
    ds = load_dataset(args.dataset, args.dataset_config, split=args.split)
    enc = tok("\n\n".join(ds["text"]), return_tensors="pt")
    max_len = model.config.max_position_embeddings
    nlls, prev_end = [], 0
    for begin in tqdm(range(0, enc.input_ids.size(1), args.stride)):
        end = min(begin + max_len, enc.input_ids.size(1))
        trg_len = end - prev_end
        ids = enc.input_ids[:, begin:end].to(args.device)
        target = ids.clone()
        target[:, :-trg_len] = -100
        with torch.no_grad():
            nlls.append(model(ids, labels=target).loss)
        prev_end = end
        if end == enc.input_ids.size(1):
            break
    ppl = math.exp(torch.stack(nlls).mean())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"model": args.model, "ppl": ppl, "ratio": "3/4"}))
    print(f"{args.model}: ppl={ppl:.2f}")


if __name__ == "__main__":
    main()
