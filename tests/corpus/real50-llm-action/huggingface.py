#!/usr/bin/env python
# coding: utf-8

import sys
import time

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

model_name = sys.argv[1]
prompts = sys.argv[2:]

tokenizer = AutoTokenizer.from_pretrained(model_name, trust_remote_code=True)
model = AutoModelForCausalLM.from_pretrained(model_name, trust_remote_code=True)

if tokenizer.pad_token is None:
    tokenizer.pad_token = tokenizer.eos_token


def generate_response(prompt, max_length=256):
    inputs = tokenizer(prompt, return_tensors="pt", padding=True)
    with torch.no_grad():
        outputs = model.generate(inputs["input_ids"], max_length=max_length, do_sample=True, temperature=0.7, top_p=0.9)
    return tokenizer.decode(outputs[0], skip_special_tokens=True)


result = ""
for i, prompt in enumerate(prompts):
    t = time.time()
    response = generate_response(prompt)
    print(f"Prompt {i}: {prompt}\n\nResponse {i}: {response}\n\nTime taken: {time.time() - t:.2f}s\n")
    result += f"=== Prompt ===\n{prompt}\n\n=== Response ===\n{response}\n\n\n"

output_file = "/srv/response.txt"
with open(output_file, "w") as f:
    f.write(result)
