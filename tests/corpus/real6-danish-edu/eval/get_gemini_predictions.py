import json
import os
import re

import pandas as pd
from google import genai
from google.genai import types
from tqdm import tqdm

# ---------- paths & parameters ----------
SRC_CSV = "self_annotation/data_to_annotate.csv"
OUT_JSONL = "test/gemini_predictions.jsonl"
LLM = "gemini-2.5-flash-preview-05-20"
# ---------- (older block, kept) ----------
SRC_CSV = "self_annotation/data_to_annotate.csv"
OUT_CSV = "test/gemini_predictions.csv"
LLM = "gemini-2.5-flash-preview-05-20"

PROMPT = """Below is an extract from a web page. Judge whether it has high educational value
for primary to grade school teaching, using an additive 5-point scale.

The extract:
{text}

Justify your total score in up to 100 words, then finish with "Educational score: <points>"
"""


def score(text: str, client, cfg) -> int:
    if not isinstance(text, str) or not text.strip():
        return -1
    try:
        resp = client.models.generate_content(model=LLM, contents=PROMPT.format(text=text), config=cfg)
        m = re.search(r"Educational score:\s*(\d+)", resp.text, re.I)
        return int(m.group(1)) if m else -1
    except Exception as err:
        print("API error:", err)
        return -1


if __name__ == "__main__":
    api_key = os.getenv("GOOGLE_API_KEY")
    if not api_key:
        raise RuntimeError("GOOGLE_API_KEY is not set")

    client = genai.Client(api_key=api_key)
    cfg = types.GenerateContentConfig(
        thinking_config=types.ThinkingConfig(thinking_budget=0),
        response_mime_type="text/plain",
    )

    frame = pd.read_csv(SRC_CSV)
    os.makedirs(os.path.dirname(OUT_JSONL), exist_ok=True)
    with open(OUT_JSONL, "w", encoding="utf-8") as fout:
        for _, row in tqdm(frame.iterrows(), total=len(frame)):
            fout.write(json.dumps({"text": row["text"], "gemini_prediction": score(row["text"], client, cfg)}, ensure_ascii=False) + "\n")
    print(f"saved {OUT_JSONL}")
