from fastapi import FastAPI, Query, HTTPException
from fastapi.responses import JSONResponse
from transformers import AutoTokenizer, AutoModelForSeq2SeqLM
import torch, os, re, json
from typing import Any
try:
    from dotenv import load_dotenv
except ImportError:
    load_dotenv = None


class UnicodeJSONResponse(JSONResponse):
    """Render JSON without escaping Vietnamese characters."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False).encode("utf-8")


app = FastAPI(title="NLLB EN→VI (fixed lang ids)", default_response_class=UnicodeJSONResponse)

if load_dotenv:
    load_dotenv()

DEFAULT_MODEL = "facebook/nllb-200-distilled-600M"
MODEL = os.getenv("TRANSLATOR_MODEL") or os.getenv("MODEL_NAME") or DEFAULT_MODEL
SRC = "eng_Latn"
TGT = "vie_Latn"
MAX_INPUT_LENGTH_ENV = os.getenv("MAX_INPUT_LENGTH", "512")
try:
    MAX_INPUT_LENGTH = int(MAX_INPUT_LENGTH_ENV)
except ValueError as exc:
    raise RuntimeError("MAX_INPUT_LENGTH must be an integer.") from exc
if MAX_INPUT_LENGTH <= 0:
    raise RuntimeError("MAX_INPUT_LENGTH must be a positive integer.")

# 👉 Dùng slow tokenizer để có lang_code_to_id
tokenizer = AutoTokenizer.from_pretrained(MODEL, use_fast=False)
model = AutoModelForSeq2SeqLM.from_pretrained(MODEL)
model.eval()
