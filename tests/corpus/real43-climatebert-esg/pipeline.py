import os
from enum import Enum

import pandas as pd
import requests
import torch.nn.functional as F
from pypdf import PdfReader
from tqdm import tqdm
from transformers import AutoTokenizer, AutoModelForSequenceClassification

USE_API = False

if not USE_API:
    tokenizer_climate_related = AutoTokenizer.from_pretrained("climatebert/distilroberta-base-climate-detector")
    model_climate_related = AutoModelForSequenceClassification.from_pretrained("climatebert/distilroberta-base-climate-detector")

    tokenizer_ron = AutoTokenizer.from_pretrained("climatebert/distilroberta-base-climate-sentiment")
    model_ron = AutoModelForSequenceClassification.from_pretrained("climatebert/distilroberta-base-climate-sentiment")

    tokenizer_tcfd = AutoTokenizer.from_pretrained("climatebert/distilroberta-base-climate-tcfd")
    model_tcfd = AutoModelForSequenceClassification.from_pretrained("climatebert/distilroberta-base-climate-tcfd")

headers = {"Authorization": "Bearer hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}
API_URL_climate_related = "https://api-inference.huggingface.co/models/climatebert/distilroberta-base-climate-detector"
API_URL_ron = "https://api-inference.huggingface.co/models/climatebert/distilroberta-base-climate-sentiment"
API_URL_tcfd = "https://api-inference.huggingface.co/models/climatebert/distilroberta-base-climate-tcfd"


class TCFDDomain(Enum):
    Governance = "Governance"
    Strategy = "Strategy"
    RiskManagement = "RiskManagement"
    MetricsTargets = "MetricsTargets"
    NotDefined = "NotDefined"


class Ron(Enum):  # risk, opportunity, neutral
    Risk = "Risk"
    Opportunity = "Opportunity"
    Neutral = "Neutral"


def request_label_api(text: str, api_url: str):
    response = requests.post(api_url, headers=headers, json={"inputs": text})
    if response.status_code == 200:
        return {r["label"]: r["score"] for r in response.json()[0]}
    return [[{'label': 'api_failed', 'score': 1}]]


def request_label_local(text: str, tokenizer, model):
    output = model(**tokenizer(text, return_tensors="pt"))
    probabilities = F.softmax(output.logits, dim=1)
    return {label: probabilities[0][key].item() for key, label in model.config.id2label.items()}


def add_climate_related_label(row: pd.Series) -> pd.Series:
    if USE_API:
        response = request_label_api(row["text"], API_URL_climate_related)
    else:
        response = request_label_local(row["text"], tokenizer_climate_related, model_climate_related)
    row["climate_related_no"] = response.get("no", 0) if isinstance(response, dict) else 0
    row["climate_related_yes"] = response.get("yes", 0) if isinstance(response, dict) else 0
    return row


def pipeline(df: pd.DataFrame) -> pd.DataFrame:
    for index, row in tqdm(df.iterrows()):
        df.loc[index] = add_climate_related_label(row)
    store_df(df)
    return df


def extract_pagewise(pdf_path: str) -> pd.DataFrame:
    reader = PdfReader(pdf_path)
    rows = [{"pdf_name": pdf_path.split(".")[0].split("/")[-1], "text": page.extract_text(), "page_nr": i + 1}
            for i, page in enumerate(reader.pages)]
    return pd.DataFrame(rows).drop_duplicates(subset=["text"])


def store_df(df: pd.DataFrame, store_at: str = False):
    if not store_at:
        df.to_csv(f"outputs/{df['pdf_name'][0]}.csv", sep=";")
    else:
        df.to_csv(f"{store_at}/{df['pdf_name'][0]}.csv", sep=";")


if "__main__" == __name__:
    folder_path = 'pdfs'
    for document_name in os.listdir(folder_path):
        pipeline(extract_pagewise(f"{folder_path}/{document_name}"))
