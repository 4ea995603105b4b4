"""Housekeeping against the Hub: mirror weights, check licenses, publish results."""
from __future__ import annotations

import os
from pathlib import Path

from huggingface_hub import (
    HfApi,
    InferenceClient,
    hf_hub_download,
    list_repo_files,
    model_info,
    snapshot_download,
)

api = HfApi(token=os.environ.get("HF_TOKEN"))
MIRROR_ROOT = Path("/data/mirror")

WATCHED_MODELS = (
    "meta-llama/Llama-3.3-70B-Instruct",
    "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
    "mistralai/Mistral-Small-24B-Instruct-2501",
)


def mirror(repo_id: str = "Qwen/Qwen2.5-Coder-32B-Instruct") -> Path:
    path = snapshot_download(repo_id=repo_id, local_dir=MIRROR_ROOT / repo_id.replace("/", "__"))
    return Path(path)


def licenses() -> dict[str, str | None]:
    out = {}
    for rid in ("google/gemma-2-27b-it", "CohereForAI/aya-expanse-8b"):
        info = model_info(rid, expand=["cardData"])
        out[rid] = (info.card_data or {}).get("license")
    out["ds"] = api.dataset_info("HuggingFaceFW/fineweb-2", revision="v2.0.0").card_data.get("license")
    return out


def fetch_configs() -> list[str]:
    cfg = hf_hub_download(repo_id="microsoft/Phi-4-mini-instruct", filename="config.json")
    gen = hf_hub_download("microsoft/Phi-4-mini-instruct", "generation_config.json", revision="main")
    card = hf_hub_download(repo_id="HuggingFaceH4/MATH-500", filename="README.md", repo_type="dataset")
    files = list_repo_files("stabilityai/stable-diffusion-3.5-large", revision="refs/pr/14")
    space_files = api.list_repo_files(repo_id="gradio/hello_world", repo_type="space")
    return [cfg, gen, card, *files, *space_files]


def publish(results: Path) -> None:
    api.create_repo("acme/agent-eval-results", repo_type="dataset", private=True, exist_ok=True)
    api.upload_file(
        path_or_fileobj=str(results),
        path_in_repo=f"runs/{results.name}",
        repo_id="acme/agent-eval-results",
        repo_type="dataset",
        commit_message="add results 2025/01/31",
    )


def remote_chat(prompt: str) -> str:
    client = InferenceClient(model="meta-llama/Llama-3.1-8B-Instruct", timeout=60)
    out = client.chat_completion(messages=[{"role": "user", "content": prompt}], max_tokens=200)
    other = InferenceClient("HuggingFaceH4/zephyr-7b-beta").text_generation(prompt, max_new_tokens=50)
    return out.choices[0].message.content + other
