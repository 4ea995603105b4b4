"""eval_judge.py — LLM-as-judge scoring for Thai instruction-following eval.

Reads generation outputs from eval_generation.py and scores each response using
Claude as judge, following the MT-Bench LLM-as-judge methodology (Zheng et al., 2023).

Requires: pip install anthropic
          export ANTHROPIC_API_KEY=<your key>

Usage:
    python eval_judge.py \\
        --results_dir results/ \\
        --output_file results/judge_scores.json
"""

import argparse
import json
import os
import re
import statistics
import time
from pathlib import Path

import anthropic

JUDGE_SYSTEM = "คุณเป็นผู้ประเมินคุณภาพของโมเดลภาษาไทยที่เชี่ยวชาญ"

JUDGE_PROMPT = """\
## คำสั่ง:
{instruction}

## คำตอบของโมเดล:
{response}

ตอบเป็น JSON เท่านั้น:
{{"instruction_following": <int 1-10>, "thai_quality": <int 1-10>, "helpfulness": <int 1-10>}}"""


def score_response(client, instruction, response, model):
    """Call Claude to score a single response. Returns dict with scores."""
    message = client.messages.create(
        model=model,
        max_tokens=256,
        system=JUDGE_SYSTEM,
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(instruction=instruction, response=response)}],
    )
    text = message.content[0].text.strip()
    if "```" in text:
        match = re.search(r"\{.*\}", text, re.DOTALL)
        text = match.group(0) if match else text
    scores = json.loads(text)
    scores["total"] = scores["instruction_following"] + scores["thai_quality"] + scores["helpfulness"]
    return scores


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--results_dir", type=str, default="results/")
    parser.add_argument("--output_file", type=str, default="results/judge_scores.json")
    parser.add_argument(
        "--judge_model",
        type=str,
        default="claude-sonnet-4-6",
        help="Claude model to use as judge.",
    )
    parser.add_argument("--labels", nargs="*", default=None,
                        help="Restrict scoring to specific model labels (e.g. base ft_ut1 ft_ut4).")
    parser.add_argument("--delay", type=float, default=0.3)
    args = parser.parse_args()

    print(f"Judge model: {args.judge_model}")
    client = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY from env

    results = {}
    for fpath in sorted(Path(args.results_dir).glob("gen_*.json")):
        data = json.load(open(fpath, encoding="utf-8"))
        label = data["label"]
        results[label] = [score_response(client, r["instruction"], r["response"], args.judge_model)
                          for r in data["results"]]
        time.sleep(args.delay)

    summary = {label: round(statistics.mean(s["total"] for s in v), 2) for label, v in results.items() if v}
    os.makedirs(os.path.dirname(os.path.abspath(args.output_file)), exist_ok=True)
    with open(args.output_file, "w", encoding="utf-8") as f:
        json.dump({"judge_model": args.judge_model, "summary": summary}, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
