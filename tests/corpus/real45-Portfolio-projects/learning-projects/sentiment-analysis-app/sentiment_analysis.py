import json

import requests


def sentiment_analyzer(text_to_analyse: str) -> dict:
    """Call the remote Watson NLP sentiment service; return label and score."""
    url = (
        "https://sn-watson-sentiment-bert.labs.skills.network/"
        "v1/watson.runtime.nlp.v1/NlpService/SentimentPredict"
    )
    payload = {"raw_document": {"text": text_to_analyse}}
    headers = {"grpc-metadata-mm-model-id": "sentiment_aggregated-bert-workflow_lang_multi_stock"}

    response = requests.post(url, json=payload, headers=headers)
    if response.status_code != 200:
        return {"label": None, "score": None}

    formatted = json.loads(response.text)
    return {
        "label": formatted["documentSentiment"]["label"],
        "score": formatted["documentSentiment"]["score"],
    }
