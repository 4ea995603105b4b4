#!/usr/bin/env python3
# -*- coding: utf-8 -*-

from functools import lru_cache
from time import time

from flask import Flask, jsonify, request
from transformers import pipeline

app = Flask(__name__)

MODEL_PATH = "bert_multilingual_model_app_review"


# Load the model once; later predict calls get it from the cache
@lru_cache()
def load_model(model_path=MODEL_PATH):
    start = time()
    sentiment_classifier = pipeline(task="sentiment-analysis",
                                    model=model_path)
    print("Model loaded in {} seconds".format(time() - start))
    return sentiment_classifier


@app.route("/sentiment/", methods=["POST"])
def get_sentiment():
    input_text = request.args.get("text", "")
    sentiment = load_model(MODEL_PATH)(input_text)
    return jsonify(sentiment)


if __name__ == "__main__":
    load_model()
    app.run(host="0.0.0.0", port=5000)
