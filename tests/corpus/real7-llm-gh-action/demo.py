#!/usr/bin/env python
# coding: utf-8

# In[ ]:

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B")
lm = AutoModelForCausalLM.from_pretrained("deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B")


# In[ ]:

def reply(prompt, max_length=100):
    """Sample one completion for the prompt."""
    try:
        enc = tok(prompt, return_tensors="pt", padding=True)
        with torch.no_grad():
            ids = lm.generate(enc["input_ids"], max_length=max_length, do_sample=True,
                              temperature=0.7, top_p=0.9, no_repeat_ngram_size=2)
        return tok.decode(ids[0], skip_special_tokens=True)
    except Exception as err:
        print(f"generation failed: {err}")
        return None


# In[ ]:

question = "Hello, how are you?"
print(f"Prompt: {question}")
print(f"Response: {reply(question)}")
