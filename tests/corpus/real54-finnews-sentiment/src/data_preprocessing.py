# -*- coding: utf-8 -*-
"""
Utility: Data loading and preprocessing
"""
import re
from datasets import load_dataset
from transformers import BertTokenizer


def clean_tweet(text):
    text = re.sub(r"http\S+", "", text)          # remove URLs
    text = re.sub(r"\$\w+", "", text)            # remove tickers like $BYND
    text = re.sub(r"@[A-Za-z0-9_]+", "", text)   # remove mentions
    return text.strip()


def load_and_preprocess_data():
    print("Loading dataset...")
    dataset = load_dataset("zeroshot/twitter-financial-news-sentiment")
    dataset = dataset.map(lambda x: {"text": clean_tweet(x["text"])})

    print("Loading tokenizer:")
    tokenizer = BertTokenizer.from_pretrained("bert-base-uncased")

    encoded = dataset.map(
        lambda x: tokenizer(x["text"], truncation=True, padding="max_length", max_length=128),
        batched=True,
    )
    encoded.set_format(type="torch", columns=["input_ids", "attention_mask", "label"])
    print(f"  Train samples: {len(encoded['train'])}")
    return encoded, tokenizer
