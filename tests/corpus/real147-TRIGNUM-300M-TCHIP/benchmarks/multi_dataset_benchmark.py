#!/usr/bin/env python3
"""
TRIGNUM-300M Level 1 benchmark across several hallucination datasets.

Rows are pulled live from the HuggingFace datasets server so the filter can be
checked outside its home domain (TruthfulQA, medical, general QA).
"""

import json
import os
import sys
import urllib.request
from dataclasses import dataclass
from typing import Any, Dict, List

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))
from trignum_core.subtractive_filter import SubtractiveFilter


@dataclass
class DatasetSample:
    id: str
    text: str
    has_hallucination: bool
    source: str


def fetch_hf_dataset(
    dataset: str, config: str, split: str, limit: int = 100
) -> List[Dict[str, Any]]:
    """Fetch rows through the HuggingFace Datasets Server API."""
    url = f"https://datasets-server.huggingface.co/rows?dataset={dataset}&config={config}&split={split}&offset=0&length={limit}"
    try:
        req = urllib.request.Request(url, headers={"User-Agent": "Mozilla/5.0"})
        with urllib.request.urlopen(req, timeout=15) as response:
            data = json.loads(response.read().decode("utf-8"))
            return [row["row"] for row in data.get("rows", [])]
    except Exception as e:
        print(f"  [!] could not fetch {dataset}: {e}")
        return []


def prepare_truthful_qa(limit: int = 100) -> List[DatasetSample]:
    rows = fetch_hf_dataset(
        "truthfulqa/truthful_qa", "generation", "validation", limit=(limit // 2)
    )
    samples = []
    for i, row in enumerate(rows):
        samples.append(DatasetSample(f"TQA-T-{i}", f"Q: {row['question']}\nA: {row['best_answer']}", False, "TruthfulQA"))
        if row.get("incorrect_answers"):
            samples.append(DatasetSample(f"TQA-H-{i}", f"Q: {row['question']}\nA: {row['incorrect_answers'][0]}", True, "TruthfulQA"))
    return samples


def prepare_medqa(limit: int = 100) -> List[DatasetSample]:
    rows = fetch_hf_dataset(
        "medalpaca/medical_meadow_medical_flashcards", "default", "train", limit=limit
    )
    return [DatasetSample(f"MED-T-{i}", f"Topic: {r.get('input', '')}\nDetail: {r.get('output', '')}", False, "MedHallu (Proxy)")
            for i, r in enumerate(rows)]


def load_local_halueval(limit: int = 100) -> List[DatasetSample]:
    filepath = os.path.join(os.path.dirname(__file__), "halueval_data", "qa_data.json")
    samples = []
    with open(filepath, "r", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit // 2:
                break
            item = json.loads(line)
            samples.append(DatasetSample(f"HE-H-{i}", item["hallucinated_answer"], True, "HaluEval QA"))
            samples.append(DatasetSample(f"HE-T-{i}", item["right_answer"], False, "HaluEval QA"))
    return samples

# ... scoring loop and report (excerpt)
