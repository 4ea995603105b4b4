import argparse

import mlflow
import numpy as np
from datasets import load_dataset
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    Trainer,
    TrainingArguments,
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-model", default="microsoft/deberta-v3-small")
    ap.add_argument("--dataset", default="dair-ai/emotion")
    ap.add_argument("--data", default="data/prepared")
    ap.add_argument("--out", default="models/classifier")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--experiment", default="emotion/deberta-v3")
    args = ap.parse_args()

    mlflow.set_experiment(args.experiment)
    mlflow.set_tracking_uri("http://mlflow.internal:5000")
    ds = load_dataset(args.dataset, "split")
    tok = AutoTokenizer.from_pretrained(args.base_model)
    model = AutoModelForSequenceClassification.from_pretrained(args.base_model, num_labels=6)
    enc = ds.map(lambda b: tok(b["text"], truncation=True), batched=True)
    with mlflow.start_run(run_name=f"{args.base_model.split('/')[-1]}-e{args.epochs}"):
        trainer = Trainer(model=model, args=TrainingArguments(args.out, num_train_epochs=args.epochs), train_dataset=enc["train"],
                          eval_dataset=enc["validation"], tokenizer=tok)
        trainer.train()
        mlflow.transformers.log_model({"model": model, "tokenizer": tok}, artifact_path="model", task="text-classification")
        mlflow.log_metric("eval/f1", float(np.mean(trainer.evaluate()["eval_loss"])))


if __name__ == "__main__":
    main()
