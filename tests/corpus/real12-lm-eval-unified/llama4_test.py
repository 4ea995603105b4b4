#!/usr/bin/env python3
"""Smoke tests: can we load Llama-4-Scout here, and does a small fallback model work?"""

import warnings

import torch
from transformers import AutoModel, AutoModelForCausalLM, AutoProcessor, AutoTokenizer

warnings.filterwarnings("ignore")


def check_text_only():
    model_id = "meta-llama/Llama-4-Scout-17B-16E"
    try:
        tok = AutoTokenizer.from_pretrained(model_id)
        lm = AutoModelForCausalLM.from_pretrained(model_id, device_map="auto", torch_dtype=torch.bfloat16, trust_remote_code=True)
        chats = [[{"role": "user", "content": "Hello, who are you?"}]] * 4
        text = tok.apply_chat_template(chats, tokenize=False, add_generation_prompt=True)
        enc = tok(text, return_tensors="pt").to(lm.device)
        with torch.no_grad():
            out = lm.generate(**enc, max_new_tokens=100, do_sample=True, temperature=0.7)
        for i, row in enumerate(out[:, enc["input_ids"].shape[-1]:]):
            print(f"ok {i}: {tok.decode(row, skip_special_tokens=True)[:80]}")
        return True
    except Exception as exc:
        print(f"text-only check failed: {exc}")
        return False


def check_multimodal():
    model_id = "meta-llama/Llama-4-Scout-17B-16E-Instruct"
    proc = AutoProcessor.from_pretrained(model_id, trust_remote_code=True)
    try:
        vlm = AutoModelForCausalLM.from_pretrained(model_id, device_map="auto", torch_dtype=torch.bfloat16, trust_remote_code=True)
    except Exception:
        vlm = AutoModel.from_pretrained(model_id, device_map="auto", torch_dtype=torch.bfloat16, trust_remote_code=True)
    msgs = [{"role": "user", "content": [{"type": "text", "text": "What can you do?"}]}]
    enc = proc.apply_chat_template(msgs, add_generation_prompt=True, tokenize=True, return_tensors="pt", return_dict=True)
    enc = {k: v.to(vlm.device) for k, v in enc.items()}
    with torch.no_grad():
        out = vlm.generate(**enc, max_new_tokens=100)
    print(proc.batch_decode(out[:, enc["input_ids"].shape[-1]:])[0][:100])
    return True


def check_fallback():
    model_id = "microsoft/phi-2"
    try:
        tok = AutoTokenizer.from_pretrained(model_id, trust_remote_code=True)
        lm = AutoModelForCausalLM.from_pretrained(model_id, device_map="auto", torch_dtype=torch.float16, trust_remote_code=True)
        tok.pad_token = tok.pad_token or tok.eos_token
        enc = tok("Hello, I am a language model and I can", return_tensors="pt").to(lm.device)
        with torch.no_grad():
            out = lm.generate(**enc, max_new_tokens=50)
        print("fallback ok:", tok.decode(out[0], skip_special_tokens=True))
        return True
    except Exception as exc:
        print(f"fallback failed: {exc}")
        return False


if __name__ == "__main__":
    passed = sum([check_text_only(), check_multimodal(), check_fallback()])
    print(f"{passed}/3 checks passed")
