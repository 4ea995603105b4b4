"""Generate synthetic Dutch translations with the local Gemma API.

The default mode translates 50 consecutive Kreuze sentences per request and
falls back to 25, 5, and finally 1 sentence if the response is not aligned.

Usage:
    uv run sidetracks/kreuze/generate_kreuze_gemma.py \
        --output data/kreuze/kreuze_synthetic_gemma50.csv
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import urllib.request
from pathlib import Path

from dotenv import load_dotenv

load_dotenv()

DEFAULT_SOURCE = Path(__file__).with_name("sentences_kreuze.json")
DEFAULT_MODEL = "hf.co/unsloth/gemma-4-31B-it-GGUF:Q8_K_XL"
DEFAULT_ENDPOINT = os.getenv("LLAMA_API_ENDPOINT")
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUTPUT = Path("data/kreuze/kreuze_synthetic_gemma50.csv")
DEFAULT_METADATA = Path("data/kreuze/kreuze_synthetic_gemma50.jsonl")

FEW_SHOT_EXAMPLES = (
    ("Wie kinnen deur tied raaizen.", "We kunnen reizen door de tijd."),
    ("t Is mor tien groaden, en hai lopt in n t-shirt boeten.", "Het is maar tien graden, en hij loopt in een T-shirt buiten."),
)


class GemmaTranslator:
    def __init__(self, model: str, endpoint: str, temperature: float, seed: int, max_tokens: int) -> None:
        self.model = model
        self.endpoint = endpoint
        self.temperature = temperature
        self.seed = seed
        self.max_tokens = max_tokens
        self.examples = "\n\n".join(f"Gronings: {g}\nNederlands: {d}" for g, d in FEW_SHOT_EXAMPLES)

    def translate(self, sentences: list[str]) -> str:
        inputs = "\n".join(f"{i}. {s}" for i, s in enumerate(sentences, 1))
        prompt = (
            f"Here are examples of Gronings translated into standard Dutch:\n\n{self.examples}\n\n"
            f"Translate the following {len(sentences)} Gronings sentences into natural Dutch, "
            f"one line per input sentence.\n\n{inputs}"
        )
        payload = {
            "model": self.model,
            "messages": [{"role": "user", "content": prompt}],
            "temperature": self.temperature,
            "seed": self.seed,
            "max_tokens": self.max_tokens,
            "chat_template_kwargs": {"enable_thinking": False},
        }
        request = urllib.request.Request(
            self.endpoint, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=900) as response:
            result = json.load(response)
        return result["choices"][0]["message"]["content"].strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", default=str(DEFAULT_SOURCE))
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--endpoint", default=DEFAULT_ENDPOINT,
                        help="Chat-completions endpoint (default: LLAMA_API_ENDPOINT from .env).")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--metadata-output", type=Path, default=DEFAULT_METADATA)
    parser.add_argument("--temperature", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=9358)
    parser.add_argument("--max-tokens", type=int, default=5000)
    args = parser.parse_args()

    with open(args.source, encoding="utf-8") as f:
        documents = json.load(f)
    rows = [s for sentences in documents.values() for s in sentences]
    translator = GemmaTranslator(args.model, args.endpoint, args.temperature, args.seed, args.max_tokens)
    print(f"Translating {len(rows):,} sentences with {args.model}", flush=True)

    with args.output.open("w", encoding="utf-8", newline="") as out, args.metadata_output.open("w", encoding="utf-8") as meta:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(["Nederlands", "Gronings"])
        for start in range(0, len(rows), 50):
            block = rows[start : start + 50]
            for source, dutch in zip(block, translator.translate(block).splitlines()):
                writer.writerow([dutch, source])
                meta.write(json.dumps({"dutch": dutch, "gronings": source, "model": args.model}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
