#!/usr/bin/env python3
"""
SelfCheckGPT (NLI variant) for low-resource language QA.

Mirrors the HaloScope experimental setup; BLEURT replaces ROUGE for labels.
"""

import os
import sys
import torch
import numpy as np
import argparse
from pathlib import Path
from transformers import DebertaV2ForSequenceClassification, DebertaV2Tokenizer
from transformers import AutoTokenizer, AutoModelForCausalLM

CURRENT_DIR = Path(__file__).resolve().parent
SRC_DIR = CURRENT_DIR.parent
REPO_ROOT = SRC_DIR.parent

DATASETS_DIR = REPO_ROOT / "datasets"
MODELS_DIR = REPO_ROOT / "models"
BLEURT_DIR = MODELS_DIR / "BLEURT-20"

# local folders that may hold each checkpoint
MODEL_DIR_CANDIDATES = {
    'llama2_7B': ['llama', 'Llama-2-7b-hf'],
    'llama3_2_1B': ['llama3_2_1B', 'Llama-3.2-1B'],
    'opt_6_7b': ['opt-6.7b', 'opt'],
    'opt_1_3b': ['opt_1_3b', 'opt-1.3b'],
}


def resolve_model_path(model_name):
    """Return the first existing local directory for the checkpoint."""
    for candidate in MODEL_DIR_CANDIDATES[model_name]:
        candidate_path = Path(candidate)
        if not candidate_path.is_absolute():
            candidate_path = MODELS_DIR / candidate_path
        if candidate_path.exists():
            return str(candidate_path)
    raise FileNotFoundError(f"No local weights found for '{model_name}'")


class SelfCheckNLI:
    """
    Scores each sentence against sampled passages with a DeBERTa-v3 MNLI model.
    """
    def __init__(
        self,
        nli_model: str = "potsawee/deberta-v3-large-mnli",
        device = None
    ):
        self.tokenizer = DebertaV2Tokenizer.from_pretrained(nli_model)
        self.model = DebertaV2ForSequenceClassification.from_pretrained(nli_model)
        self.model.eval()
        self.device = device or torch.device("cuda" if torch.cuda.is_available() else "cpu")
        self.model.to(self.device)

    @torch.no_grad()
    def predict(self, sentences: list, sampled_passages: list):
        scores = np.zeros((len(sentences), len(sampled_passages)))
        for i, sentence in enumerate(sentences):
            for j, sample in enumerate(sampled_passages):
                inputs = self.tokenizer.batch_encode_plus(
                    batch_text_or_text_pairs=[(sentence, sample)],
                    padding="longest", truncation=True, return_tensors="pt",
                ).to(self.device)
                probs = torch.softmax(self.model(**inputs).logits, dim=-1)
                scores[i, j] = probs[0][1].item()  # contradiction
        return scores.mean(axis=-1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--model_name', type=str, default='llama2_7B',
                       choices=['llama2_7B', 'llama3_2_1B', 'opt_6_7b', 'opt_1_3b'])
    parser.add_argument('--dataset_name', type=str, default='armenian',
                       choices=['armenian', 'basque', 'tigrinya'])
    parser.add_argument('--num_gene', type=int, default=10)
    parser.add_argument('--gene', type=int, default=0)
    parser.add_argument('--generate_gt', type=int, default=0)
    parser.add_argument('--output_dir', type=str, default='./results')
    args = parser.parse_args()

    os.makedirs(f'{args.output_dir}/selfcheckgpt/{args.dataset_name}/answers', exist_ok=True)
    MODEL = resolve_model_path(args.model_name)
    # ... generation / labelling / scoring (excerpt)


if __name__ == "__main__":
    main()
