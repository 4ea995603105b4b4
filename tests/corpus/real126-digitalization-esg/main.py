import os

import pandas as pd
import requests
import torch.nn.functional as F
from tqdm import tqdm
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from enums import Ron, TCFDDomain
from pd_helpers import *
from pdf_extraction import extract_ksentencewise

USE_API = False

# Paths for output and input
PDF_FOLDER_PATH = "pdfs"
CSV_FOLDER_PATH = "outputs"

# API URL and headers, add your own token
BEARER_TOKEN = ""
headers = {"Authorization": "Bearer {BEARER_TOKEN}"}
API_URL_CLIMATE_RELATED = "https://api-inference.huggingface.co/models/climatebert/distilroberta-base-climate-detector"
API_URL_RON = "https://api-inference.huggingface.co/models/climatebert/distilroberta-base-climate-sentiment"
API_URL_TCFD = "https://api-inference.huggingface.co/models/climatebert/distilroberta-base-climate-tcfd"


##################################################################
#    Models: need to be outsourced to other file
##################################################################


if not USE_API:
    tokenizer_climate_related = AutoTokenizer.from_pretrained(
        "climatebert/distilroberta-base-climate-detector"
    )
    model_climate_related = AutoModelForSequenceClassification.from_pretrained(
        "climatebert/distilroberta-base-climate-detector"
    )

    tokenizer_ron = AutoTokenizer.from_pretrained(
        "climatebert/distilroberta-base-climate-sentiment"
    )
    model_ron = AutoModelForSequenceClassification.from_pretrained(
        "climatebert/distilroberta-base-climate-sentiment"
    )

    tokenizer_tcfd = AutoTokenizer.from_pretrained(
        "climatebert/distilroberta-base-climate-tcfd"
    )
    model_tcfd = AutoModelForSequenceClassification.from_pretrained(
        "climatebert/distilroberta-base-climate-tcfd"
    )


def add_climate_related_label(row: pd.Series) -> pd.Series:
    """Adds the labels for climate related to the row"""
    if USE_API:
        response = request_label_api(row["text"], API_URL_CLIMATE_RELATED)
    else:
        response = request_label_local(
            row["text"], tokenizer_climate_related, model_climate_related
        )

    if isinstance(type(response), dict):
        row["climate_related_no"] = response["no"]
        row["climate_related_yes"] = response["yes"]
    else:
        row["climate_related_no"] = 0
        row["climate_related_yes"] = 0

    return row


def add_domain_label(row: pd.Series) -> pd.Series:
    """Adds the labels for the TCFD domains to the row"""
    if USE_API:
        response = request_label_api(row["text"], API_URL_TCFD)
    else:
        response = request_label_local(row["text"][0:30], tokenizer_tcfd, model_tcfd)

    if isinstance(type(response), dict):
        row["domain_MetricsTargets"] = response["metrics"]
        row["domain_RiskManagement"] = response["risk"]
        row["domain_Strategy"] = response["strategy"]
        row["domain_Governance"] = response["governance"]
    else:
        row["domain_MetricsTargets"] = 0
        row["domain_RiskManagement"] = 0
        row["domain_Strategy"] = 0
        row["domain_Governance"] = 0

    return row
