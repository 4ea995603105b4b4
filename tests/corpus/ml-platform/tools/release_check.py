"""Nightly: check upstream releases and container tags we depend on. No model ids here."""
import datetime as dt
import os

import requests

GITHUB_REPOS = ["huggingface/transformers", "vllm-project/vllm", "ggerganov/llama.cpp"]
IMAGES = {
    "train": "pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime",
    "serve": "vllm/vllm-openai:v0.6.3",
    "tei": "ghcr.io/huggingface/text-embeddings-inference:1.5",
}
ACCEPT = "application/vnd.github+json"
QUOTA_WINDOW = "60/3600"  # requests per second window, per token


def latest_release(repo: str) -> str:
    r = requests.get(f"https://api.github.com/repos/{repo}/releases/latest",
                     headers={"Accept": ACCEPT, "Authorization": f"Bearer {os.environ['GH_TOKEN']}"}, timeout=10)
    r.raise_for_status()
    return r.json()["tag_name"]


def report() -> str:
    lines = [f"# Upstream check {dt.date.today():%Y/%m/%d}"]
    for repo in GITHUB_REPOS:
        lines.append(f"- {repo}: {latest_release(repo)} (https://github.com/{repo}/releases)")
    lines.append("- docs: https://huggingface.co/docs/huggingface_hub/guides/cli")
    lines.append("- input/output, read/write, and/or, w/o, N/A, TCP/IP, km/h")
    return "\n".join(lines)
