import argparse
import json
import os
import random

import numpy as np
import torch
from transformers import EarlyStoppingCallback, Trainer, TrainingArguments

from src.data_utils import get_data_collator, load_imdb_split, tokenize_dataset
from src.eval import calculate_metrics
from src.models import build_model, load_tokenizer


def set_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model_name", default="distilbert-base-uncased")
    p.add_argument("--output_dir", default="models/distilbert-imdb")
    p.add_argument("--train_subset", type=int, default=1000)
    p.add_argument("--val_subset", type=int, default=500)
    p.add_argument("--test_subset", type=int, default=500)
    p.add_argument("--num_train_epochs", type=int, default=5)
    p.add_argument("--learning_rate", type=float, default=2e-5)
    p.add_argument("--freeze_base", action="store_true")
    p.add_argument("--seed", type=int, default=42)
    args = p.parse_args()

    set_seed(args.seed)
    tokenizer = load_tokenizer(args.model_name)
    train_raw, val_raw, test_raw = load_imdb_split(args.train_subset, args.val_subset, args.test_subset, args.seed)

    train_tok = tokenize_dataset(train_raw, tokenizer)
    val_tok = tokenize_dataset(val_raw, tokenizer)
    test_tok = tokenize_dataset(test_raw, tokenizer)

    model = build_model(args.model_name, num_labels=2, freeze_base=args.freeze_base)

    training_args = TrainingArguments(
        output_dir=args.output_dir,
        evaluation_strategy="epoch",
        save_strategy="epoch",
        save_total_limit=2,
        load_best_model_at_end=True,
        metric_for_best_model="f1",
        learning_rate=args.learning_rate,
        num_train_epochs=args.num_train_epochs,
        report_to="none",
    )

    trainer = Trainer(
        model=model,
        args=training_args,
        train_dataset=train_tok,
        eval_dataset=val_tok,
        tokenizer=tokenizer,
        data_collator=get_data_collator(tokenizer),
        compute_metrics=calculate_metrics,
        callbacks=[EarlyStoppingCallback(early_stopping_patience=2)],
    )
    trainer.train()
    metrics = trainer.evaluate(eval_dataset=test_tok)

    os.makedirs(args.output_dir, exist_ok=True)
    model.save_pretrained(args.output_dir)
    tokenizer.save_pretrained(args.output_dir)
    with open(os.path.join(args.output_dir, "metrics.json"), "w") as f:
        json.dump(metrics, f, indent=2)


if __name__ == "__main__":
    main()
