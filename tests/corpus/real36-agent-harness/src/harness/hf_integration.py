"""Hugging Face Hub integration: keep run results in a dataset repo.

Layout on the Hub:
    {repo_id}/
        README.md          # dataset card (generated)
        {run_id}.json      # each run.json, renamed with its run_id
"""

import json
import os
import tempfile
from pathlib import Path

try:
    from huggingface_hub import hf_hub_download
except ImportError:
    hf_hub_download = None


def _get_token() -> str:
    token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN")
    if not token:
        raise ValueError("HuggingFace token not found. Set HF_TOKEN in your environment or .env file.")
    return token


def _get_api(token: str | None = None):
    from huggingface_hub import HfApi

    return HfApi(token=token or _get_token())


def ensure_dataset_repo(repo_id: str, token: str | None = None, private: bool = False) -> str:
    """
    Create the dataset repo if needed.

    Args:
        repo_id: HF repo ID (e.g., "username/agent-harness-runs")
    """
    api = _get_api(token)
    url = api.create_repo(repo_id=repo_id, repo_type="dataset", exist_ok=True, private=private)
    _ensure_readme(api, repo_id)
    return str(url)


def _ensure_readme(api, repo_id: str) -> None:
    if api.file_exists(repo_id=repo_id, filename="README.md", repo_type="dataset"):
        return
    card = f"""---
license: mit
tags:
  - agent-evaluation
  - agent-harness
pretty_name: Agent Harness Runs
---

# Agent Harness Runs

Run results from [agent-harness](https://github.com/fsndzomga/agent-harness).

```python
from huggingface_hub import hf_hub_download
path = hf_hub_download("{repo_id}", "my_run_id.json", repo_type="dataset")
```
"""
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False) as f:
        f.write(card)
    try:
        api.upload_file(path_or_fileobj=f.name, path_in_repo="README.md", repo_id=repo_id,
                        repo_type="dataset", commit_message="Initialize dataset card")
    finally:
        os.unlink(f.name)


def push_run(run_dir: Path, repo_id: str, token: str | None = None) -> dict[str, str]:
    """
    Push a run.json to a dataset repo.

    Args:
        repo_id: HF dataset repo ID (e.g., "username/agent-harness-runs")
    """
    run_json = Path(run_dir) / "run.json"
    run_id = json.loads(run_json.read_text()).get("run_id", run_json.parent.name)
    api = _get_api(token)
    api.create_repo(repo_id=repo_id, repo_type="dataset", exist_ok=True)
    api.upload_file(path_or_fileobj=str(run_json), path_in_repo=f"{run_id}.json",
                    repo_id=repo_id, repo_type="dataset", commit_message=f"Add run {run_id}")
    file_url = f"https://huggingface.co/datasets/{repo_id}/blob/main/{run_id}.json"
    return {"run_id": run_id, "file_url": file_url}


def pull_run(run_id: str, repo_id: str, token: str | None = None) -> Path:
    if hf_hub_download is None:
        raise ImportError("huggingface_hub required. Install with: pip install huggingface-hub")
    return Path(hf_hub_download(repo_id=repo_id, filename=f"{run_id}.json",
                                repo_type="dataset", token=token or _get_token()))
