# src/train.py  -- full fine-tuning driven by a YAML config
import numpy as np
import evaluate
from datasets import load_dataset
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    Trainer,
    TrainingArguments,
)


def run(cfg):
    # 1. data
    raw = load_dataset(cfg["data"]["dataset_name"])

    # 2. tokenisation
    tok = AutoTokenizer.from_pretrained(cfg["model"]["model_name"])

    def encode(batch):
        return tok(
            batch["text"],
            padding="max_length",
            truncation=True,
            max_length=cfg["data"]["max_length"],
        )

    encoded = raw.map(encode, batched=True)
    train_split = encoded["train"]
    eval_split = encoded["validation"]

    # 3. model
    clf = AutoModelForSequenceClassification.from_pretrained(
        cfg["model"]["model_name"],
        num_labels=cfg["model"]["num_labels"],
    )

    # 4. metric
    acc = evaluate.load("accuracy")

    def metrics(pred):
        logits, gold = pred
        return acc.compute(predictions=np.argmax(logits, axis=-1), references=gold)

    # 5. arguments
    targs = TrainingArguments(
        output_dir=cfg["training"]["output_dir"],
        learning_rate=cfg["training"]["learning_rate"],
        per_device_train_batch_size=cfg["training"]["per_device_train_batch_size"],
        num_train_epochs=cfg["training"]["num_train_epochs"],
        evaluation_strategy="epoch",
        save_strategy="epoch",
        fp16=cfg["training"]["fp16"],
        report_to="wandb" if cfg["training"]["use_wandb"] else "none",
    )

    trainer = Trainer(
        model=clf,
        args=targs,
        train_dataset=train_split,
        eval_dataset=eval_split,
        compute_metrics=metrics,
    )
    trainer.train()
    clf.save_pretrained(cfg["training"]["output_dir"])


if __name__ == "__main__":
    import yaml

    with open("configs/full_ft.yaml") as fh:
        run(yaml.safe_load(fh))
