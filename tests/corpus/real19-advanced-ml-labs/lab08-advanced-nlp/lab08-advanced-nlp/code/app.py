import os

import torch
from flask import Flask, jsonify, request
from transformers import DistilBertForSequenceClassification, DistilBertTokenizer

app = Flask(__name__)
MODEL_DIR = "results"

if not os.path.exists(MODEL_DIR):
    raise FileNotFoundError("Model directory not found. Run save_trained_model.py first.")

tokenizer = DistilBertTokenizer.from_pretrained(MODEL_DIR)
model = DistilBertForSequenceClassification.from_pretrained(MODEL_DIR)
model.eval()


@app.route("/predict", methods=["POST"])
def predict():
    text = request.get_json(force=True).get("text", "")
    if not text:
        return jsonify({"error": "No text provided"}), 400
    enc = tokenizer(text, return_tensors="pt", truncation=True, padding=True)
    with torch.no_grad():
        probs = torch.softmax(model(**enc).logits, dim=1)
    k = int(torch.argmax(probs, dim=1))
    return jsonify({"text": text, "sentiment": "Positive" if k == 1 else "Negative", "confidence": float(probs[0][k])})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000)
