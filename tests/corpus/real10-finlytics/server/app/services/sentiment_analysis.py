import pandas as pd
import torch

from app.models.sentiment_model import sentiment_model, tokenizer

CLASSES = ["negative", "neutral", "positive"]
SCORES = {"positive": 1, "neutral": 0, "negative": -1}


def score_headlines(frame, column="news"):
    texts = frame[column].tolist()
    batch = tokenizer(texts, padding=True, truncation=True, return_tensors="pt")
    with torch.no_grad():
        logits = sentiment_model(**batch).logits
    best = torch.argmax(torch.softmax(logits, dim=-1), dim=-1)
    keep = frame[frame[column].notna()].index
    frame["predicted_sentiment"] = pd.Series([CLASSES[i] for i in best], index=keep)
    frame["sentiment_score"] = frame["predicted_sentiment"].map(SCORES)
    return frame.drop(columns=[column])
