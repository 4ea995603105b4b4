import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

model_path = "./models/llama-3.2-1B"
model = AutoModelForCausalLM.from_pretrained(model_path, torch_dtype=torch.bfloat16).to(device)
tokenizer = AutoTokenizer.from_pretrained(model_path)
tokenizer.pad_token = tokenizer.eos_token

sentences = [
    "I've been waiting for a HuggingFace course my whole life.",
    "I hate this so much!",
]
batch = tokenizer(sentences, padding=True, truncation=True, return_tensors="pt")
batch = {k: v.to(device) for k, v in batch.items()}
print(model(**batch).logits.shape)

tokens = tokenizer.tokenize(sentences[0])
print(tokens, tokenizer.convert_tokens_to_ids(tokens))
