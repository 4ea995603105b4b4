import os

import google.generativeai as palm
from dotenv import load_dotenv
from flask import Flask, render_template, request
from transformers import AutoModelForSequenceClassification, AutoTokenizer

load_dotenv()

MAKERSUITE_API_KEY = os.getenv('MAKERSUITE_API_KEY')

gpt_model = {
    "model": "models/chat-bison-001"
}
palm.configure(api_key=MAKERSUITE_API_KEY)


tokenizer = AutoTokenizer.from_pretrained("mrm8488/distilroberta-finetuned-financial-news-sentiment-analysis")
finbert_model = AutoModelForSequenceClassification.from_pretrained("mrm8488/distilroberta-finetuned-financial-news-sentiment-analysis")

app = Flask(__name__)


@app.route("/", methods=["GET", "POST"])
def index():
    if request.method == "POST" and request.form.get("tweet"):
        inputs = tokenizer(request.form.get("tweet"), return_tensors="pt")
        predicted = finbert_model(**inputs).logits.argmax(-1).item()
        return render_template("index.html", result=finbert_model.config.id2label[predicted].upper())
    return render_template("index.html", result="Please key in a financial text or tweet.")


@app.route("/financegpt", methods=["GET", "POST"])
def financegpt():
    if request.method == "POST" and request.form.get("tweet"):
        prompt = "Is this financial text a positive or negative sentiment: " + request.form.get("tweet")
        result = palm.chat(**gpt_model, messages=prompt)
        return render_template("financegpt.html", result=result.last)
    return render_template("financegpt.html", result="Please key in a financial text or tweet.")


if __name__ == "__main__":
    app.run()
