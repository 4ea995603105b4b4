from flask import Flask, request
from transformers import pipeline

clf = pipeline("sentiment-analysis", model="siebert/sentiment-roberta-large-english")

app = Flask(__name__)


@app.route("/")
def home():
    with open("index.html") as fh:
        return fh.read()


@app.route("/analyze")
def analyze():
    text = request.args.get("sentence", "")
    out = clf(text)
    print(out)
    return out


if __name__ == "__main__":
    from waitress import serve

    serve(app, host="0.0.0.0", port=8080)
