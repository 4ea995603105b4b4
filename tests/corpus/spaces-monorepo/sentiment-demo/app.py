import os

import gradio as gr
from huggingface_hub import InferenceClient

MODEL = os.environ.get("SENTIMENT_MODEL", "cardiffnlp/twitter-roberta-base-sentiment-latest")
client = InferenceClient(MODEL, token=os.environ.get("HF_TOKEN"))
multilingual = InferenceClient(model="nlptown/bert-base-multilingual-uncased-sentiment")


def classify(text: str) -> dict[str, float]:
    return {r.label: r.score for r in client.text_classification(text)}


gr.Interface(fn=classify, inputs=gr.Textbox(lines=3, placeholder="I love this!"), outputs=gr.Label(num_top_classes=3),
             examples=[["Great service, 5/5"], ["Never again."]], title="Sentiment (cardiffnlp)").launch()
