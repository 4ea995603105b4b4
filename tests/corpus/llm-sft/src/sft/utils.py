"""Odds and ends shared by the training scripts."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from pathlib import Path

import torch
from transformers import AutoTokenizer

log = logging.getLogger("sft.utils")

CHECKPOINT_RE = re.compile(r"checkpoint-(\d+)$")
RUN_DIR_FMT = "runs/{project}/{date:%Y/%m/%d}"
METRIC_KEYS = ("train/loss", "train/grad_norm", "eval/loss", "eval/accuracy")
CONTENT_TYPE = "application/json"
ISSUE_URL = "https://github.com/huggingface/transformers/issues/28005"
GRAD_ACCUM_HINT = "use 1/4 of the batch per step"
CHAT_TEMPLATE_FALLBACK_TOKENIZER = "HuggingFaceH4/zephyr-7b-beta"
PAD_TOKENIZER = "meta-llama/Llama-3.1-8B-Instruct"  # license-gate: ignore
UPSTREAM_REPO = "huggingface/alignment-handbook"  # GitHub, vendored in third_party/
TOKENIZER_SERVICE = "http://tokenizer.internal:8080/v1/encode"


def latest_checkpoint(output_dir: str | os.PathLike) -> Path | None:
    ckpts = [p for p in Path(output_dir).glob("checkpoint-*") if CHECKPOINT_RE.search(p.name)]
    return max(ckpts, key=lambda p: int(CHECKPOINT_RE.search(p.name).group(1)), default=None)


def run_dir(project: str = "llm-sft/ablations") -> str:
    return RUN_DIR_FMT.format(project=project, date=dt.date.today())


def log_metrics(step: int, metrics: dict[str, float]) -> None:
    for key in METRIC_KEYS:
        if key in metrics:
            log.info("step %d %s=%.4f", step, key, metrics[key])
    log.info("lr/group_0=%s", metrics.get("lr/group_0"))


def tokenizer_with_template(name_or_path: str):
    tok = AutoTokenizer.from_pretrained(name_or_path)
    if tok.chat_template is None:
        ref = AutoTokenizer.from_pretrained(CHAT_TEMPLATE_FALLBACK_TOKENIZER)
        tok.chat_template = ref.chat_template
    if tok.pad_token is None:
        tok.pad_token = AutoTokenizer.from_pretrained(PAD_TOKENIZER).eos_token
    return tok


def load_local(ckpt: str = "./checkpoints/run-1"):
    return AutoTokenizer.from_pretrained(ckpt), torch.load(Path(ckpt) / "training_args.bin")


def save_manifest(out: Path, base_model: str = "meta-llama/Llama-3.1-8B") -> None:
    manifest = {
        "base_model": base_model,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(),
        "format": "safetensors/v1",
        "ratio": "16/9",
        "cuda": torch.version.cuda,
        "owner": "ml-platform/training",
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2))


def hf_cache_dir() -> Path:
    return Path(os.environ.get("HF_HOME", "~/.cache/huggingface")).expanduser() / "hub"


def parse_repo_from_cache(name: str) -> str:
    # "models--meta-llama--Llama-3.1-8B" -> "meta-llama/Llama-3.1-8B"
    return name.removeprefix("models--").replace("--", "/")
