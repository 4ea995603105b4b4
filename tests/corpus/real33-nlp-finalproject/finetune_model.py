from datasets import load_dataset, DatasetDict
from transformers import (
    AutoTokenizer,
    AutoModelForSequenceClassification,
    Trainer,
    TrainingArguments,
)
import evaluate
import numpy as np
import torch
import argparse
import os


def create_arg_parser():
    parser = argparse.ArgumentParser()
    parser.add_argument("-th", "--qe_threshold", default=0.0, type=float,
                        help="Quality Estimation score threshold (default 0.0).")
    parser.add_argument("-qe", "--score_method", default="da_avg", type=str,
                        help="'da_lowest', 'da_avg', 'mqm_lowest', 'mqm_avg' or 'mix'.")
    parser.add_argument("-l", "--language", default="nl", type=str,
                        help="Language of training data. Can be 'nl' or 'en' (default 'nl').")
    parser.add_argument("-e", "--nr_epochs", default=4, type=int)
    parser.add_argument("-b", "--batch_size", default=32, type=int)
    parser.add_argument("-sf", "--save_folder", type=str, help="Folder to save the model in")
    return parser.parse_args()


def create_dataset(qe_threshold=0.0, score_method="da_avg", language="nl") -> DatasetDict:
    """
    Returns a DatasetDict with the columns 'premise', 'hypothesis' and 'labels':
    train: train data from the GroNLP/ik-nlp-22_transqe dataset
    validation: validation data from the GroNLP/ik-nlp-22_transqe dataset
    test: data from the maximedb/sick_nl dataset (see get_predictions.py).
    """
    score_type = score_method.split("_")[0]

    def average_qe(example):
        example["qe"] = (float(example[f"{score_type}_premise"]) + float(example[f"{score_type}_hypothesis"])) / 2.0
        return example

    # Load in base dataset
    dataset = load_dataset("GroNLP/ik-nlp-22_transqe")

    if language == "nl":
        dataset["train"] = dataset["train"].map(average_qe)
    if qe_threshold > 0.0:
        dataset["train"] = dataset["train"].filter(lambda ex: float(ex["qe"]) >= qe_threshold)

    dataset = dataset.rename_columns({
        f"premise_{language}": "premise",
        f"hypothesis_{language}": "hypothesis",
        "label": "labels",
    })
    cols = ["premise", "hypothesis", "labels"] + (["qe"] if language == "nl" else [])
    return DatasetDict({
        "train": dataset["train"].select_columns(cols),
        "validation": dataset["validation"].select_columns(cols),
    })


def train_model(tokenized_dataset, model_name="GroNLP/bert-base-dutch-cased", nr_epochs=5, batch_size=32):
    metric = evaluate.load("accuracy", module_type="metric")

    def compute_metrics(eval_pred):
        logits, labels = eval_pred
        return metric.compute(predictions=np.argmax(logits, axis=-1), references=labels)

    model = AutoModelForSequenceClassification.from_pretrained(model_name, num_labels=3)
    training_args = TrainingArguments(
        per_device_train_batch_size=batch_size,
        num_train_epochs=nr_epochs,
        evaluation_strategy="epoch",
        logging_dir="logs",
        output_dir="trainer",
        save_total_limit=1,
        fp16=True,
    )
    trainer = Trainer(model=model, args=training_args,
                      train_dataset=tokenized_dataset["train"],
                      eval_dataset=tokenized_dataset["validation"],
                      compute_metrics=compute_metrics)
    trainer.train()
    return trainer


if __name__ == "__main__":
    args = create_arg_parser()

    if args.language == "nl":
        model_name = "GroNLP/bert-base-dutch-cased"
    elif args.language == "en":
        model_name = "google-bert/bert-base-cased"

    dataset = create_dataset(args.qe_threshold, args.score_method, args.language)
    tokenizer = AutoTokenizer.from_pretrained(model_name, max_length=512, padding=True, truncation=True)
    tokenized = dataset.map(lambda ex: tokenizer(ex["premise"], ex["hypothesis"], truncation=True,
                                                 padding="max_length", max_length=512), batched=True)
    trainer = train_model(tokenized, model_name=model_name, nr_epochs=args.nr_epochs, batch_size=args.batch_size)

    save_path = f"bert_{args.language}_th{args.qe_threshold}_{args.score_method}_e{args.nr_epochs}_b{args.batch_size}"
    if args.save_folder:
        save_path = os.path.join(args.save_folder, save_path)
    trainer.save_model(save_path)
    print("File saved as in folder: {}".format(save_path))
