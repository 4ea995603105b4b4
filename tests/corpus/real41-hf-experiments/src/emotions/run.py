import os

import torch
from transformers import AutoModelWithLMHead, AutoTokenizer

torch_device = 'cuda' if torch.cuda.is_available() else 'cpu'

tokenizer = AutoTokenizer.from_pretrained("mrm8488/t5-base-finetuned-emotion",
  cache_dir=os.getenv("cache_dir", "model"))

model = AutoModelWithLMHead.from_pretrained("mrm8488/t5-base-finetuned-emotion",
  cache_dir=os.getenv("cache_dir", "model")).to(torch_device)


def get_emotion(text):
  input_ids = tokenizer.encode(text + '</s>', return_tensors='pt').to(torch_device)
  output = model.generate(input_ids=input_ids, max_length=2)
  return [tokenizer.decode(ids) for ids in output][0]


print(get_emotion("i feel as if i havent blogged in ages are at least truly blogged i am doing an update cute"))  # 'joy'
print(get_emotion("i have a feeling i kinda lost my best friend"))  # 'sadness'
