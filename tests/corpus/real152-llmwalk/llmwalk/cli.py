from __future__ import annotations

# the offline switch has to be set before anything from huggingface is imported
import os
import sys

if "--offline" in sys.argv:
    os.environ["HF_HUB_OFFLINE"] = "1"

import argparse
import json

from mlx_lm import load

from .llm import PromptTreeSearch, SearchConfig

args: argparse.Namespace


def run() -> None:
    model, tokenizer = load(args.model)[:2]
    prompt = tokenizer.apply_chat_template(
        [{"role": "user", "content": args.prompt}],
        add_generation_prompt=True,
    )
    config = SearchConfig(n=args.n, top_k=args.top_k, top_p=args.top_p,
                          temperature=args.temperature, min_probability=args.min_probability)
    walker = PromptTreeSearch(model, tokenizer, prompt, config)
    while not walker.should_stop():
        walker.step()
    # (excerpt: live table rendering and csv/json output omitted)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "-p",
        "--prompt",
        default="What is 2+2?",
        help="Prompt text, or a path to a file holding it.",
    )
    parser.add_argument(
        "-m",
        "--model",
        default="mlx-community/Llama-3.2-1B-Instruct-4bit",
        help="Which model to use. Must be an mlx-community/ model from HuggingFace.",
    )
    parser.add_argument("-n", default=10, type=int, help="How many top answers to keep.")
    parser.add_argument("--min-probability", type=float, default=0.0001)
    parser.add_argument("--top-k", dest="top_k", default=50, type=int)
    parser.add_argument("--top-p", dest="top_p", default=1.0, type=float)
    parser.add_argument("--temperature", type=float, default=1.0)
    parser.add_argument("--format", choices=["csv", "json"], default=None)
    parser.add_argument("--offline", action="store_true",
                        help="Skip Hugging Face Hub network requests")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    global args
    args = parse_args(argv)
    run()
