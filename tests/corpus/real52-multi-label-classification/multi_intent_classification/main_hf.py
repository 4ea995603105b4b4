import os
os.environ["CUDA_VISIBLE_DEVICES"] = "0"

import time
import argparse

import mlflow
import torch
from dotenv import load_dotenv
from transformers import (
    Trainer,
    AutoConfig,
    AutoTokenizer,
    TrainingArguments,
    AutoModelForSequenceClassification,
)

from multi_intent_classification.trainer_hf.dataloader import Dataset, DataCollator
from multi_intent_classification.trainer_hf.metrics import compute_metrics
from multi_intent_classification.utils.get_labels import get_unique_labels
from multi_intent_classification.utils.model_utils import set_seed, count_parameters

mlflow.set_experiment("eval_classification")
load_dotenv()

parser = argparse.ArgumentParser()
parser.add_argument("--model", type=str, default="vinai/phobert-base-v2", required=True, help="Model checkpoint or name")
parser.add_argument("--train_file", type=str, default="dataset/train_word.json", required=True, help="Path to training data")
parser.add_argument("--valid_file", type=str, default="dataset/dev_word.json", required=True, help="Path to validation data")
parser.add_argument("--test_file", type=str, default="dataset/test_word.json", required=True, help="Path to test data")
parser.add_argument("--max_length", type=int, default=256)
parser.add_argument("--text_col", type=str, default="text")
parser.add_argument("--label_col", type=str, default="label")
parser.add_argument("--is_multi_label", action="store_true", default=False)
parser.add_argument("--output_dir", type=str, default="output", help="Directory to save model and logs")
parser.add_argument("--num_train_epochs", type=int, default=10)
parser.add_argument("--seed", type=int, default=42)
parser.add_argument("--learning_rate", type=float, default=3e-5)
parser.add_argument("--per_device_train_batch_size", type=int, default=16)
parser.add_argument("--per_device_eval_batch_size", type=int, default=16)
parser.add_argument("--eval_strategy", type=str, default="epoch", choices=["no", "steps", "epoch"])
parser.add_argument("--metric_for_best_model", type=str, default="epoch")
parser.add_argument("--record_output_file", type=str, default="output.json")
parser.add_argument("--report_to", type=str)
args = parser.parse_args()


def get_tokenizer(checkpoint: str) -> AutoTokenizer:
    return AutoTokenizer.from_pretrained(checkpoint, use_fast=True)


def get_model(checkpoint: str, device, num_labels: int, id2label: dict, label2id: dict):
    config = AutoConfig.from_pretrained(
        checkpoint,
        problem_type="multi_label_classification" if args.is_multi_label else "single_label_classification",
        num_labels=num_labels,
        label2id=label2id,
        id2label=id2label,
    )
    model = AutoModelForSequenceClassification.from_pretrained(checkpoint, config=config)
    return model.to(device)


if __name__ == "__main__":
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    set_seed(args.seed)

    unique_labels = get_unique_labels(args.train_file, label_col=args.label_col)
    label2id = {label: idx for idx, label in enumerate(unique_labels)}
    id2label = {idx: label for idx, label in enumerate(unique_labels)}

    tokenizer = get_tokenizer(args.model)
    model = get_model(args.model, device, len(unique_labels), id2label, label2id)
    max_length = min(tokenizer.model_max_length, model.config.max_position_embeddings)

    train_set = Dataset(json_file=args.train_file, label2id=label2id, text_col=args.text_col, label_col=args.label_col)
    val_set = Dataset(json_file=args.valid_file, label2id=label2id, text_col=args.text_col, label_col=args.label_col)
    test_set = Dataset(json_file=args.test_file, label2id=label2id, text_col=args.text_col, label_col=args.label_col)
    collator = DataCollator(tokenizer=tokenizer, max_length=max_length)
    count_parameters(model)

    model_name = args.model.split('/')[-1]
    save_dir = f"{args.output_dir}/{model_name}"

    training_args = TrainingArguments(
        output_dir=save_dir,
        num_train_epochs=args.num_train_epochs,
        seed=args.seed,
        learning_rate=args.learning_rate,
        per_device_train_batch_size=args.per_device_train_batch_size,
        per_device_eval_batch_size=args.per_device_eval_batch_size,
        eval_strategy=args.eval_strategy,
        save_strategy="epoch",
        report_to=args.report_to,
        metric_for_best_model=args.metric_for_best_model,
        load_best_model_at_end=True,
    )
    start = time.time()
    trainer = Trainer(
        model=model,
        args=training_args,
        train_dataset=train_set,
        eval_dataset=val_set,
        data_collator=collator,
        tokenizer=tokenizer,
        compute_metrics=lambda p: compute_metrics(p, is_multi_label=args.is_multi_label),
    )
    trainer.train()
    print(f"Training time: {(time.time() - start) / 60:.2f} mins")
    print(f"Test metrics: {trainer.evaluate(eval_dataset=test_set)}")
    print(f"\nmodel: {args.model}")
