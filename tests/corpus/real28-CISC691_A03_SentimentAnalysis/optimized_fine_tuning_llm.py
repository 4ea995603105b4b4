import json
import logging
import os
import random
from pathlib import Path

import torch
from datasets import Dataset as HFDataset, load_dataset, load_from_disk
from sklearn.metrics import accuracy_score, f1_score
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

os.environ["WANDB_DISABLED"] = "true"
logging.basicConfig(level=logging.DEBUG)
logger = logging.getLogger(__name__)

# Constants
RESULTS_DIR = Path("./results").resolve()
BASE_MODEL_NAME = "nlptown/bert-base-multilingual-uncased-sentiment"
SENTIMENT_DATASET_NAME = "imdb"
device = torch.device("mps" if torch.backends.mps.is_available() else "cpu")


def load_base_model():
    model_path = RESULTS_DIR / "base_model_2"
    if model_path.exists():
        model = AutoModelForSequenceClassification.from_pretrained(model_path)
        tokenizer = AutoTokenizer.from_pretrained(model_path)
        return model.to(device), tokenizer

    logger.info(f"Downloading model: {BASE_MODEL_NAME}")
    model = AutoModelForSequenceClassification.from_pretrained(BASE_MODEL_NAME, ignore_mismatched_sizes=True)
    tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL_NAME)
    for param in model.bert.parameters():
        param.requires_grad = False
    for param in model.bert.encoder.layer[-2:].parameters():
        param.requires_grad = True
    model.save_pretrained(model_path)
    tokenizer.save_pretrained(model_path)
    return model.to(device), tokenizer


def load_sentiment_dataset(tokenizer):
    logger.info(f"Loading dataset: {SENTIMENT_DATASET_NAME}")
    dataset = load_dataset(SENTIMENT_DATASET_NAME)

    def balanced(data, size):
        pos = [d for d in data if d["label"] == 1]
        neg = [d for d in data if d["label"] == 0]
        return random.sample(pos, size // 2) + random.sample(neg, size // 2)

    train = HFDataset.from_list(balanced(list(dataset["train"]), 2000))
    test = HFDataset.from_list(balanced(list(dataset["test"]), 500))

    def tokenize(batch):
        return tokenizer(batch["text"], padding="max_length", truncation=True)

    train.map(tokenize, batched=True, remove_columns=["text"]).save_to_disk(RESULTS_DIR / "imdb_train_subset")
    test.map(tokenize, batched=True, remove_columns=["text"]).save_to_disk(RESULTS_DIR / "imdb_test_subset")


def train_model(model, tokenizer, train_dataset, test_dataset):
    args = TrainingArguments(
        output_dir=str(RESULTS_DIR),
        evaluation_strategy="epoch",
        save_strategy="epoch",
        logging_dir="./logs",
        per_device_train_batch_size=16,
        learning_rate=5e-5,
        num_train_epochs=6,
        load_best_model_at_end=True,
    )

    def compute_metrics(pred):
        preds = pred.predictions.argmax(-1)
        return {"accuracy": accuracy_score(pred.label_ids, preds),
                "f1": f1_score(pred.label_ids, preds, average="weighted")}

    trainer = Trainer(model=model, args=args, train_dataset=train_dataset,
                      eval_dataset=test_dataset, compute_metrics=compute_metrics)
    trainer.train()
    trainer.save_model(RESULTS_DIR / "fine_tuned_model")
    tokenizer.save_pretrained(RESULTS_DIR / "fine_tuned_model")


def infer_on_json(json_path, model_path=RESULTS_DIR / "fine_tuned_model"):
    with open(json_path, encoding="utf-8") as fh:
        data = json.load(fh)
    model = AutoModelForSequenceClassification.from_pretrained(model_path).to(device)
    tokenizer = AutoTokenizer.from_pretrained(model_path)
    for entry in data:
        inputs = tokenizer(entry["sentence"], return_tensors="pt", truncation=True).to(device)
        with torch.no_grad():
            logits = model(**inputs).logits
        entry["predicted_sentiment"] = "Positive" if logits.argmax(-1).item() == 1 else "Negative"
    return data


if __name__ == "__main__":
    model, tokenizer = load_base_model()
    load_sentiment_dataset(tokenizer)
    train_model(model, tokenizer,
                load_from_disk(RESULTS_DIR / "imdb_train_subset"),
                load_from_disk(RESULTS_DIR / "imdb_test_subset"))
