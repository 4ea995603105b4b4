# tokenizer and model by hand instead of the pipeline default

import torch
import torch.nn.functional as F
from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline

checkpoint = "distilbert-base-uncased-finetuned-sst-2-english"  # what the sentiment pipeline uses by default
clf_model = AutoModelForSequenceClassification.from_pretrained(checkpoint)
tok = AutoTokenizer.from_pretrained(checkpoint)

clf = pipeline("sentiment-analysis", model=clf_model, tokenizer=tok)
print(clf("I've been waiting for a hugging face course!"))

# peek at the tokenizer
text = "Using a transformer network is simple"
pieces = tok.tokenize(text)
ids = tok.convert_tokens_to_ids(pieces)
print(pieces, ids, tok.decode(ids))

# same thing, PyTorch side
checkpoint = "distilbert-base-uncased-finetuned-sst-2-english"
clf_model = AutoModelForSequenceClassification.from_pretrained(checkpoint)
tok = AutoTokenizer.from_pretrained(checkpoint)

samples = [
    "I've been waiting for a hugging face course my whole life.",
    "Python is the best programming language!",
    "I hate R!",
]
batch = tok(samples, padding=True, truncation=True, return_tensors="pt")
with torch.no_grad():
    logits = clf_model(**batch).logits
    probs = F.softmax(logits, dim=1)
    print(probs, torch.argmax(probs, dim=1))

# save locally and load back
out_dir = "./model_save"
tok.save_pretrained(out_dir)
clf_model.save_pretrained(out_dir)

tok = AutoTokenizer.from_pretrained(out_dir)
clf_model = AutoModelForSequenceClassification.from_pretrained(out_dir)
