#!/usr/bin/env python
# coding: utf-8
import sys
import time

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = sys.argv[1]
questions = sys.argv[2:]

tok = AutoTokenizer.from_pretrained(checkpoint, trust_remote_code=True)
lm = AutoModelForCausalLM.from_pretrained(checkpoint, trust_remote_code=True)
if tok.pad_token is None:
    tok.pad_token = tok.eos_token


def reply(prompt, max_length=256):
    enc = tok(prompt, return_tensors="pt", padding=True)
    with torch.no_grad():
        ids = lm.generate(enc["input_ids"], max_length=max_length, do_sample=True, temperature=0.7, top_p=0.9)
    return tok.decode(ids[0], skip_special_tokens=True)


log = ""
for n, q in enumerate(questions):
    t0 = time.time()
    a = reply(q)
    print(f"Prompt {n}: {q}\n\nResponse {n}: {a}\n\nTime taken: {time.time() - t0:.2f}s\n")
    log += f"=== Prompt ===\n{q}\n\n=== Response ===\n{a}\n\n\n"

out_path = "/srv/response.txt"
with open(out_path, "w") as fh:
    fh.write(log)
