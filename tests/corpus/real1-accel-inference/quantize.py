import argparse
import time

import pandas as pd
import torch
from optimum.gptq import GPTQQuantizer
from transformers import GPT2LMHeadModel, GPT2Tokenizer

device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")


def quant_params(kind):
    table = {
        "gptq-all-8bit": {"bits": 8},
        "gptq-all-4bit": {"bits": 4},
        "gptq-all-4bit-exllama-v2": {"bits": 4, "exllama_config": {"version": 2}},
    }
    p = table.get(kind)
    if p:
        p["dataset"] = ["c4"]
        p["model_seqlen"] = 1024
    return p


def bench(model, tok, kind, question):
    inputs = tok(question, return_tensors="pt").to(device)
    with torch.no_grad():
        if kind == "fp16":
            model.half()
        elif "gptq" in kind:
            model = GPTQQuantizer(**quant_params(kind)).quantize_model(model, tok)
        start = time.time()
        for _ in range(20):
            model.generate(**inputs, max_new_tokens=10, do_sample=False)
    return (time.time() - start) * 50, torch.cuda.memory_allocated() / 1024 ** 3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--model_path', type=str, default='IDEA-CCNL/Wenzhong-GPT2-110M', help='model dir or hub id')
    ap.add_argument('--question', type=str, default="Beijing is the capital of")
    ap.add_argument('--output_csv', type=str, default='quantize_result.csv')
    args = ap.parse_args()

    rows = []
    for kind in ["gptq-all-8bit", "gptq-all-4bit", "gptq-all-4bit-exllama-v2"]:
        tok = GPT2Tokenizer.from_pretrained(args.model_path)
        model = GPT2LMHeadModel.from_pretrained(args.model_path).to(device)
        ms, mem = bench(model, tok, kind, args.question)
        rows.append({"kind": kind, "ms": ms, "mem_gb": mem})
        torch.cuda.empty_cache()
    pd.DataFrame(rows).to_csv(args.output_csv, index=False)


if __name__ == '__main__':
    main()
