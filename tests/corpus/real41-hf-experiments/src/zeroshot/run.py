# hf-experiments
# @author Loreto Parisi (loretoparisi at gmail dot com)
# Copyright (c) 2021 Loreto Parisi (loretoparisi at gmail dot com)

import os
import sys

import torch
from numpy import argmax
from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline

BASE_PATH = os.path.join(os.path.dirname(os.path.realpath(__file__)))
sys.path.insert(0, os.path.join(BASE_PATH, '..'))
from lpdutils.lpdutils import LPDUtils

# tokenizer and model with cache_dir
tokenizer = AutoTokenizer.from_pretrained("joeddav/xlm-roberta-large-xnli",
    cache_dir=os.getenv("cache_dir", "../../models"))
model = AutoModelForSequenceClassification.from_pretrained("joeddav/xlm-roberta-large-xnli",
    cache_dir=os.getenv("cache_dir", "../../models"))

if LPDUtils.has_gpu():
    classifier = pipeline("zero-shot-classification", model=model, tokenizer=tokenizer, device=0)
else:
    classifier = pipeline("zero-shot-classification", model=model, tokenizer=tokenizer)

sequence = "one day I will see the world"

# example 1: single-class
res = classifier(sequence, ['travel', 'cooking', 'dancing'])
best = argmax(res["scores"])
print(res["labels"][best], res["scores"][best])

# example 2: multi-class
print(classifier(sequence, ['travel', 'cooking', 'dancing', 'exploration'], multi_label=True))

# example 3: translated hypothesis
sequence = "¿A quién vas a votar en 2020?"
print(classifier(sequence, ["Europa", "salud pública", "política"], hypothesis_template="Este ejemplo es {}."))

# example 4: manual entailment with the MNLI head
device = LPDUtils.get_device()
x = tokenizer.encode(sequence, "This example is {}.", return_tensors='pt', truncation_strategy='only_first')
with torch.no_grad():
    logits = model(x.to(device))[0]
probs = logits[:, [0, 2]].softmax(dim=1)
print(probs[:, 1])
