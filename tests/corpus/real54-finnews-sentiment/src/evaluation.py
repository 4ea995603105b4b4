"""
Utility: Evaluation with FinBert
"""
from datasets import load_dataset
from transformers import BertTokenizer, BertForSequenceClassification
from sklearn.metrics import accuracy_score, f1_score
import numpy as np
import torch
from torch.nn import CrossEntropyLoss

# Dataset: 0=Bearish, 1=Bullish, 2=Neutral ; FinBERT: 0=Neutral, 1=Positive, 2=Negative
DATASET_TO_FINBERT = {0: 2, 1: 1, 2: 0}
FINBERT_TO_DATASET = {0: 2, 1: 1, 2: 0}


def evaluate_finbert(split, model, tokenizer, device='cuda' if torch.cuda.is_available() else 'cpu'):
    model.to(device)
    model.eval()
    loss_fct = CrossEntropyLoss()
    predictions, losses = [], []
    with torch.no_grad():
        for text, label in zip(split['text'], split['label']):
            inputs = tokenizer(text, return_tensors="pt", truncation=True, max_length=512, padding=True)
            logits = model(**{k: v.to(device) for k, v in inputs.items()}).logits
            predictions.append(FINBERT_TO_DATASET[torch.argmax(logits, dim=1).item()])
            target = torch.tensor([DATASET_TO_FINBERT[label]]).to(device)
            losses.append(loss_fct(logits, target).item())
    return {
        'loss': np.mean(losses),
        'accuracy': accuracy_score(split['label'], predictions),
        'f1': f1_score(split['label'], predictions, average='weighted'),
    }


def evaluate_finbert_pipeline():
    finbert = BertForSequenceClassification.from_pretrained('yiyanghkust/finbert-tone', num_labels=3)
    tokenizer = BertTokenizer.from_pretrained('yiyanghkust/finbert-tone')

    ds = load_dataset("zeroshot/twitter-financial-news-sentiment")

    print("\nEvaluating on validation set...")
    res = evaluate_finbert(ds['validation'], finbert, tokenizer)
    print(f"Validation Accuracy: {res['accuracy']:.4f}  F1: {res['f1']:.4f}")
