#!/usr/bin/env python
# coding: utf-8

# In[ ]:


import torch
from transformers import AutoTokenizer, AutoModelForCausalLM

tokenizer = AutoTokenizer.from_pretrained("deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B")
model = AutoModelForCausalLM.from_pretrained("deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B")


# In[ ]:


def generate_response(prompt, max_length=100):
    """Sample a reply from the distilled DeepSeek model."""
    inputs = tokenizer(prompt, return_tensors="pt", padding=True)
    with torch.no_grad():
        outputs = model.generate(inputs["input_ids"], max_length=max_length,
                                 do_sample=True, temperature=0.7, top_p=0.9)
    return tokenizer.decode(outputs[0], skip_special_tokens=True)


# In[ ]:


prompt = "Hello, how are you?"
print(f"Response: {generate_response(prompt)}")
