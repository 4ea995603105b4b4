import logging

import mlflow.transformers
from transformers import pipeline

log = logging.getLogger(__name__)


def load_model():
    try:
        # newest Production version from the registry
        model_uri = "models:/CodeGraderModel/Production"
        clf = mlflow.transformers.load_model(model_uri)
    except Exception as exc:
        log.error("registry load failed: %s", exc)
        clf = pipeline("text-classification", model="distilbert-base-uncased")
        log.warning("fell back to plain distilbert-base-uncased")
    return clf


def grade_submission(code, criteria, clf=None):
    clf = clf or load_model()
    out = clf(f"Grade this code: {code} | Criteria: {criteria}")[0]
    return {"label": out["label"], "confidence": out["score"]}
