import requests
import json
import re

OLLAMA_URL = "http://localhost:11434/api/generate"
MODEL = "llama3"


def clean_text(text: str) -> str:
    # drop characters OCR tends to invent
    return re.sub(r"[~^_|`]", "", text)


def repair_json_if_needed(s: str) -> str:
    missing = s.count("{") - s.count("}")
    return s + ("}" * missing) if missing > 0 else s


def extract_with_llm(text: str):
    prompt = f"""
You extract Driving License fields. Reply with valid JSON only.

Fields: document_type, name, dob, license_number, issue_date, expiry_date, address
Dates as DD-MM-YYYY; license number only A-Z and digits.

TEXT:
{clean_text(text)}
"""

    response = requests.post(
        OLLAMA_URL,
        json={
            "model": MODEL,
            "prompt": prompt,
            "stream": False
        },
        timeout=120
    )
    raw_output = response.json()["response"]

    match = re.search(r"\{.*", raw_output, re.DOTALL)
    if not match:
        return {"error": "No JSON found", "raw": raw_output}

    try:
        data = json.loads(repair_json_if_needed(match.group(0)))
        if "license_number" in data:
            data["license_number"] = re.sub(r"[^A-Z0-9]", "", data["license_number"].upper())
        return data
    except Exception:
        return {"error": "JSON parse failed", "raw": raw_output}
