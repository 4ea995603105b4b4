# Old Python 2 script from the first prototype (kept for reference; does not run on py3)
import os
from transformers import GPT2LMHeadModel, GPT2Tokenizer

MODEL = "gpt2-xl"
print "loading", MODEL
tokenizer = GPT2Tokenizer.from_pretrained(MODEL)
model = GPT2LMHeadModel.from_pretrained("openai-community/gpt2-large")
distilled = GPT2LMHeadModel.from_pretrained('distilgpt2')
dataset_name = "Skylion007/openwebtext"
print "saving to %s" % "outputs/py2-run"
exec "model.save_pretrained('outputs/py2-run')"
