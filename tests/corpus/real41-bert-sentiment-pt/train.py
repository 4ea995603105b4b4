# -*- coding: utf-8 -*-

"""
Fine tunes a pretrained BERT model on play store app reviews for sentiment classification,
using app ratings as labels.
"""

import argparse
import datetime
import os
import random
import time

import numpy as np
import pandas as pd
import torch
from torch.cuda.amp import GradScaler, autocast
from torch.utils.data import DataLoader, Dataset
from transformers import AdamW, BertForSequenceClassification, BertTokenizer, get_linear_schedule_with_warmup


class ReviewDataset(Dataset):
    def __init__(self, reviews, targets, tokenizer, max_len):
        self.reviews = reviews
        self.targets = targets
        self.tokenizer = tokenizer
        self.max_len = max_len

    def __len__(self):
        return len(self.reviews)

    def __getitem__(self, idx):
        enc = self.tokenizer.encode_plus(str(self.reviews[idx]), add_special_tokens=True,
                                         max_length=self.max_len, return_attention_mask=True,
                                         return_tensors="pt", pad_to_max_length=True, truncation=True)
        return {
            "input_ids": enc["input_ids"].flatten(),
            "attention_mask": enc["attention_mask"].flatten(),
            "targets": torch.tensor(self.targets[idx], dtype=torch.long),
        }


def create_data_loader(df, tokenizer, max_len, batch_size):
    ds = ReviewDataset(df["content"].to_numpy(), df["label"].to_numpy(), tokenizer, max_len)
    return DataLoader(ds, batch_size=batch_size, num_workers=4, shuffle=True, pin_memory=True)


def format_time(elapsed):
    return str(datetime.timedelta(seconds=int(round(elapsed))))


def main():
    parser = argparse.ArgumentParser(description="BERT training for sentiment classification for 2 classes")
    parser.add_argument("--model_name", type=str, default="bert-base-multilingual-cased", help="pre-trained model name or path")
    parser.add_argument("--seed", type=int, default=42, help="random seed value")
    parser.add_argument("--batch_size", type=int, required=True)
    parser.add_argument("--max_len", type=int, default=100)
    parser.add_argument("--epoch", type=int, default=1)
    parser.add_argument("--model_dir", type=str, required=True, help="path to directory to save model")
    parser.add_argument("--lr", type=float, default=2e-5)
    parser.add_argument("--dataset_dir", type=str, required=True, help="path to directory to load datasets")
    args = parser.parse_args()

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")

    PRETRAINED_MODEL_NAME = args.model_name
    EPOCHS = args.epoch

    df_train = pd.read_csv(args.dataset_dir + "train.csv")
    df_val = pd.read_csv(args.dataset_dir + "validation.csv")

    model_save_path = args.model_dir + "bert_multilingual_model_app_review/"

    tokenizer = BertTokenizer.from_pretrained(PRETRAINED_MODEL_NAME, do_lower_case=False)
    train_loader = create_data_loader(df_train, tokenizer, args.max_len, args.batch_size)
    val_loader = create_data_loader(df_val, tokenizer, args.max_len, args.batch_size)

    model = BertForSequenceClassification.from_pretrained(PRETRAINED_MODEL_NAME, num_labels=2,
                                                          output_hidden_states=False,
                                                          output_attentions=False)
    model.to(device)
    optimizer = AdamW(model.parameters(), lr=args.lr, eps=1e-8, correct_bias=False)
    scheduler = get_linear_schedule_with_warmup(optimizer, num_warmup_steps=0,
                                                num_training_steps=len(train_loader) * EPOCHS)
    scaler = GradScaler()

    for epoch_i in range(EPOCHS):
        print(f"======== Epoch {epoch_i + 1} / {EPOCHS} ========")
        t0 = time.time()
        model.train()
        for batch in train_loader:
            model.zero_grad()
            with autocast():
                loss, _ = model(batch["input_ids"].to(device), attention_mask=batch["attention_mask"].to(device),
                                labels=batch["targets"].to(device))[:2]
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
            scheduler.step()
        print("  Training epoch took:", format_time(time.time() - t0))
        model.eval()
        with torch.no_grad():
            for batch in val_loader:
                model(batch["input_ids"].to(device), attention_mask=batch["attention_mask"].to(device))

    if not os.path.exists(model_save_path):
        os.makedirs(model_save_path)
    print("saving model to {}".format(model_save_path))
    model_to_save = model.module if hasattr(model, "module") else model
    model_to_save.save_pretrained(model_save_path)
    tokenizer.save_pretrained(model_save_path)


if __name__ == "__main__":
    main()
