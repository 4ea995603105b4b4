#!/usr/bin/env python3
"""Download the pre-trained model used for fine-tuning."""

import logging
import os

from transformers import AutoModelForSequenceClassification, AutoTokenizer

from config import config

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)


def download_and_setup_model():
    os.makedirs("models/saved_models", exist_ok=True)
    model_path = "models/pretrained_model"

    logger.info(f"Downloading {config.model_name} ...")
    model = AutoModelForSequenceClassification.from_pretrained(
        config.model_name, num_labels=config.num_labels
    )
    tokenizer = AutoTokenizer.from_pretrained(config.model_name)
    model.save_pretrained(model_path)
    tokenizer.save_pretrained(model_path)
    logger.info(f"Saved to {model_path}")
    return model_path


def download_alternative_models():
    """Fetch a few alternatives for comparison."""
    models_to_download = [
        "distilbert-base-uncased",
        "bert-base-uncased",
        "roberta-base",
        "cardiffnlp/twitter-roberta-base-sentiment-latest",
    ]
    for model_name in models_to_download:
        model_path = f"models/{model_name.replace('/', '_')}"
        try:
            model = AutoModelForSequenceClassification.from_pretrained(
                model_name, num_labels=config.num_labels
            )
            tokenizer = AutoTokenizer.from_pretrained(model_name)
            model.save_pretrained(model_path)
            tokenizer.save_pretrained(model_path)
            logger.info(f"ok {model_name}")
        except Exception as exc:  # noqa: BLE001
            logger.warning(f"failed {model_name}: {exc}")


if __name__ == "__main__":
    download_and_setup_model()
    # download_alternative_models()
