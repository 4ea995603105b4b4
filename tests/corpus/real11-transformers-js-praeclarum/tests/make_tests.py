import json

import requests
from datasets import load_dataset
from tqdm import tqdm
from transformers import T5Tokenizer

model_id = "t5-base"
n_cases = 1_000

tokenizer = T5Tokenizer.from_pretrained(model_id, model_max_length=512)
books = load_dataset("opus_books", "en-fr")

cases, seen = [], set()
for i in tqdm(range(n_cases)):
    pair = books["train"][i]["translation"]
    for lang in ("en", "fr"):
        text = pair[lang]
        if text not in seen:
            seen.add(text)
            cases.append((text, tokenizer.encode(text)))

with open(f"{model_id}-tests.json", "w") as fh:
    fh.write(json.dumps(cases))

# the fast-tokenizer JSON, for the JavaScript tokenizer tests
tokenizer_json_url = "https://huggingface.co/t5-base/raw/main/tokenizer.json"
with open(f"{model_id}-tokenizer.json", "w") as fh:
    fh.write(requests.get(tokenizer_json_url).text)
