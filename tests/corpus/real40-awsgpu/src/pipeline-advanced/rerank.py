#!/usr/bin/env python3
"""
Rerank retrieved chunks for a given question using a Cross-Encoder.

- Input:
  - Arg1: Question (string)
  - Arg2: Path to JSONL file with one chunk per line ({"chunk_id", "text", "distance", ...})

- Behavior:
  - Use cross-encoder/ms-marco-MiniLM-L-6-v2 from sentence-transformers to score (question, text) pairs.
  - Truncate inputs to 512 model tokens for reranking.
  - Sort all chunks by "reranker" descending and write them to <input>.reranked.jq.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Dict, List

from sentence_transformers import CrossEncoder


def read_jsonl(path: Path) -> List[Dict[str, Any]]:
    with path.open("r", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path: Path, items: List[Dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for obj in items:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


def rerank(question: str, items: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    if not items:
        return []
    # Load CrossEncoder; max_length=512 for model-side truncation
    model = CrossEncoder("cross-encoder/ms-marco-MiniLM-L-6-v2", max_length=512)
    pairs = [[question, str(obj.get("text", ""))] for obj in items]
    scores = model.predict(pairs, batch_size=32, show_progress_bar=False)
    for obj, score in zip(items, scores):
        obj["reranker"] = float(score)
    return sorted(items, key=lambda x: x.get("reranker", float("-inf")), reverse=True)


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rerank chunks for a question using a Cross-Encoder.")
    parser.add_argument("question")
    parser.add_argument("input")
    args = parser.parse_args(argv)
    in_path = Path(args.input)
    if not in_path.exists():
        print(f"Error: Input file not found: {in_path}", file=sys.stderr)
        return 1
    out_path = Path(f"{in_path}.reranked.jq")
    write_jsonl(out_path, rerank(args.question, read_jsonl(in_path)))
    print(str(out_path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
