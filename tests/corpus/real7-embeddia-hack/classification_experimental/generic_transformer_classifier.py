# pip install transformers datasets sklearn numpy torch
import numpy as np
import pandas as pd
import torch
import torch.nn.functional as F
from argparse import ArgumentParser
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score
from torch.utils.data import DataLoader, SequentialSampler
from transformers import AutoModel, AutoModelForSequenceClassification, Trainer, TrainingArguments

from classification_experimental.datasets_for_finetune import DATA_LOADERS, TaskDataset
from hackashop_datasets.load_data import train_dev_test


def metrics(eval_pred):
    logits, gold = eval_pred
    pred = np.argmax(logits, axis=1)
    return {"accuracy": accuracy_score(gold, pred), "f1-score": f1_score(gold, pred),
            "precision": precision_score(gold, pred), "recall": recall_score(gold, pred)}


def finetune(args):
    texts, labels = DATA_LOADERS[args.dataset]()
    splits = train_dev_test(texts, labels, args.random_seed)
    train_ds = TaskDataset(texts=splits["train"][0], labels=splits["train"][1],
                           max_len=args.max_len, tokenizer=args.tokenizer)
    dev_ds = TaskDataset(texts=splits["dev"][0], labels=splits["dev"][1],
                         max_len=args.max_len, tokenizer=args.tokenizer)

    model = AutoModelForSequenceClassification.from_pretrained(args.pretrained_model, num_labels=args.num_label)
    run_name = f"{args.pretrained_model}_{args.random_seed}_{args.task_name}_{args.lr}_{args.max_len}"

    targs = TrainingArguments(run_name, evaluation_strategy="epoch", learning_rate=args.lr,
                              per_device_train_batch_size=args.per_device_train_batch_size,
                              num_train_epochs=args.epochs, weight_decay=args.weight_decay,
                              load_best_model_at_end=True, metric_for_best_model="accuracy")
    trainer = Trainer(model=model, args=targs, train_dataset=train_ds, eval_dataset=dev_ds,
                      compute_metrics=metrics)
    trainer.train()
    print(trainer.evaluate())
    trainer.save_model(output_dir=run_name)


def predict(args):
    device = torch.device("cuda") if args.use_gpu else torch.device("cpu")
    texts, _ = DATA_LOADERS[args.dataset]()
    rows = predict_fn(device, args.finetuned_model, args.max_len, texts, args.pretrained_model)
    pd.DataFrame(rows).to_csv(args.save_results)


def predict_fn(device, finetuned_dir, max_len, texts, tokenizer):
    model = AutoModelForSequenceClassification.from_pretrained(finetuned_dir).to(device).eval()
    ds = TaskDataset(texts=texts, labels=None, max_len=max_len, tokenizer=tokenizer)
    out = []
    with torch.no_grad():
        for batch in DataLoader(ds, sampler=SequentialSampler(ds), batch_size=1):
            logits = model(**{k: v.to(device) for k, v in batch.items()}).logits
            out.append({"probs": torch.max(F.softmax(logits, dim=1)).item(),
                        "label": torch.argmax(logits).item()})
    return out


def features_finetuned_model(texts, labels, finetuned_dir, max_len, device):
    """Mean-pooled embeddings from a fine-tuned encoder."""
    ds = TaskDataset(texts=texts, labels=labels, max_len=max_len,
                     tokenizer='EMBEDDIA/crosloengual-bert')
    encoder = AutoModel.from_pretrained(finetuned_dir).to(device)
    with torch.no_grad():
        for batch in DataLoader(ds, sampler=SequentialSampler(ds), batch_size=1):
            hidden = encoder(batch["input_ids"].to(device), batch["attention_mask"].to(device))[0]
            yield torch.mean(hidden, 1).cpu().numpy()


if __name__ == "__main__":
    p = ArgumentParser()
    p.add_argument("--dataset", type=str)
    p.add_argument("--task_name", type=str)
    p.add_argument("--random_seed", type=int)
    p.add_argument("--pretrained_model")
    p.add_argument("--tokenizer")
    p.add_argument("--finetuned_model")
    p.add_argument("--max_len", type=int)
    p.add_argument("--num_label", type=int)
    p.add_argument("--epochs", type=int)
    p.add_argument("--fine_tune", action="store_true")
    p.add_argument("--prediction", action="store_true")
    p.add_argument("--use_gpu", action="store_true")
    p.add_argument("--lr", type=float)
    p.add_argument("--per_device_train_batch_size", type=int)
    p.add_argument("--weight_decay", type=float)
    p.add_argument("--save_results", type=str)
    a = p.parse_args()
    if a.fine_tune:
        finetune(a)
    if a.prediction:
        predict(a)
