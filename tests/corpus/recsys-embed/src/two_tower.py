"""Two-tower retrieval for the product catalogue."""
from __future__ import annotations

import argparse
from dataclasses import dataclass

import torch
from datasets import load_dataset
from sentence_transformers import SentenceTransformer, losses
from sentence_transformers.trainer import SentenceTransformerTrainer
from sentence_transformers.training_args import SentenceTransformerTrainingArguments


@dataclass(frozen=True)
class TowerConfig:
    query_encoder: str = "intfloat/e5-base-v2"
    item_encoder: str = "intfloat/e5-base-v2"
    image_encoder: str = "openai/clip-vit-base-patch16"
    max_len: int = 128


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="sentence-transformers/all-distilroberta-v1", help="start checkpoint")
    p.add_argument("--train-data", default="data/clicks/2025-01-*.parquet")
    p.add_argument("--hub-data", default="Marqo/amazon-products-eval")
    p.add_argument("--out", default="models/two-tower/v4")
    return p.parse_args()


def main() -> None:
    args = parse()
    model = SentenceTransformer(args.base)
    train = load_dataset("parquet", data_files=args.train_data, split="train")
    evalset = load_dataset(args.hub_data, split="test[:2000]")
    esci = load_dataset("tasksource/esci", split="train")
    loss = losses.MultipleNegativesRankingLoss(model)
    trainer = SentenceTransformerTrainer(
        model=model,
        args=SentenceTransformerTrainingArguments(output_dir=args.out, num_train_epochs=1, bf16=torch.cuda.is_available()),
        train_dataset=train,
        eval_dataset=evalset,
        loss=loss,
    )
    trainer.train()
    model.save_pretrained(f"{args.out}/final")
    del esci


if __name__ == "__main__":
    main()
