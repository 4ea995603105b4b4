import logging
import os
import sqlite3
import uuid
from datetime import datetime

import mlflow
import mlflow.transformers
import pandas as pd
import torch
from datasets import Dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger(__name__)
os.environ["TOKENIZERS_PARALLELISM"] = "false"


def fetch_rows():
    con = sqlite3.connect("grading_data.db")
    rows = con.execute("SELECT code, criteria, label FROM graded_samples").fetchall()
    con.close()
    return rows


def retrain():
    rows = fetch_rows()
    if len(rows) < 10:
        log.warning("need at least 10 graded samples")
        return
    texts = [f"Grade this code: {c} | Criteria: {k}" for c, k, _ in rows]
    labels = [y for _, _, y in rows]

    base = "distilbert-base-uncased"
    tok = AutoTokenizer.from_pretrained(base, local_files_only=True)
    net = AutoModelForSequenceClassification.from_pretrained(base, num_labels=2, local_files_only=True)

    enc = tok(texts, truncation=True, padding=True, return_tensors="pt")
    ds = Dataset.from_dict({
        "input_ids": enc["input_ids"],
        "attention_mask": enc["attention_mask"],
        "labels": torch.tensor(labels, dtype=torch.long),
    })
    args = TrainingArguments(
        output_dir="./results",
        num_train_epochs=3,
        per_device_train_batch_size=8,
        save_strategy="epoch",
        report_to=["none"],
        fp16=torch.cuda.is_available(),
    )
    trainer = Trainer(model=net, args=args, train_dataset=ds)

    mlflow.set_tracking_uri("http://localhost:5000")
    mlflow.set_registry_uri("http://localhost:5000")
    mlflow.set_experiment("code-grader")
    with mlflow.start_run(run_name=f"code_grader_{datetime.now():%Y%m%d_%H%M%S}_{uuid.uuid4().hex[:8]}"):
        frame = pd.DataFrame(rows, columns=["code", "criteria", "label"])
        mlflow.log_input(mlflow.data.from_pandas(frame, source="grading_data.db", name="graded_samples",
                                                 targets="label"), context="training")
        mlflow.log_params({"model_name": base, "epochs": args.num_train_epochs, "dataset_size": len(ds)})
        res = trainer.train()
        mlflow.log_metrics({"training_loss": res.training_loss})
        mlflow.transformers.log_model(
            transformers_model={"model": net, "tokenizer": tok},
            artifact_path="code_grader_model",
            registered_model_name="CodeGraderModel",
        )
        with open("/tmp/new_model_ready", "w") as fh:
            fh.write("ready")


if __name__ == "__main__":
    retrain()
