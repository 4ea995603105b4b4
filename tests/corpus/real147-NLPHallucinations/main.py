#!/usr/bin/env python3
"""Runs several QA baselines through the hallucination detectors."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import List

import torch

from detectors import ContextOverlapDetector, SelfConsistencyDetector
from experiment import QAExperiment
from qa_models import FlanConfig, FlanT5QA, LlamaCppConfig, LlamaCppQA, QAModel
from results import ResultLogger

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

QUESTIONS = [
    {
        "question": "What is the capital of France?",
        "context": "France lies in Western Europe; Paris is its capital.",
    },
    {
        "question": "Which language model powers the AtlasDocs summarizer?",
        "context": "AtlasDocs runs a fine-tuned FLAN-T5 model for summaries.",
    },
]


def detect_device() -> str | None:
    if torch.cuda.is_available():
        return "cuda"
    if hasattr(torch.backends, "mps") and torch.backends.mps.is_available():
        return "mps"
    return None


def build_models() -> List[QAModel]:
    models: List[QAModel] = []

    models.append(
        FlanT5QA(
            name="flan-t5-base",
            config=FlanConfig(device=detect_device()),
        )
    )

    mistral_path = os.getenv("MISTRAL_GGUF_PATH")
    if mistral_path:
        models.append(
            LlamaCppQA(
                name="mistral-7b-instruct",
                config=LlamaCppConfig(model_path=Path(mistral_path)),
            )
        )
    else:
        logger.warning("MISTRAL_GGUF_PATH not set; Mistral skipped.")

    llama3_path = os.getenv("LLAMA3_GGUF_PATH")
    if llama3_path:
        models.append(
            LlamaCppQA(
                name="llama-3-8b-instruct",
                config=LlamaCppConfig(model_path=Path(llama3_path)),
            )
        )
    else:
        logger.warning("LLAMA3_GGUF_PATH not set; Llama-3 skipped.")

    return models


def main() -> None:
    models = build_models()
    detectors = [ContextOverlapDetector(threshold=0.25), SelfConsistencyDetector(samples=5, temperature=0.6)]
    result_logger = ResultLogger()
    try:
        results = QAExperiment(models, detectors=detectors, logger_=result_logger).run(QUESTIONS)
    finally:
        result_logger.close()
    print(results)


if __name__ == "__main__":
    main()
