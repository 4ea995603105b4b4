"""HuggingFace Hub integration for storing run results.

Upload run.json files to a HuggingFace dataset repo for storage and sharing.
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
    """Create the dataset repo if needed.

    Args:
        repo_id: HF repo ID (e.g., "username/agent-harness-runs")
    """
    api = _get_api(token)
    url = api.create_repo(repo_id=repo_id, repo_type="dataset", exist_ok=True, private=private)
    _ensure_readme(api, repo_id)
    return str(url)


def _ensure_readme(api, repo_id: str) -> None:
    readme = f"""---
license: mit
tags:
  - agent-evaluation
pretty_name: Agent Harness Runs
---

# Agent Harness Runs

Evaluation runs from [agent-harness](https://github.com/fsndzomga/agent-harness).

```python
from huggingface_hub import hf_hub_download
path = hf_hub_download("{repo_id}", "my_run_id.json", repo_type="dataset")
```
"""
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False) as f:
        f.write(readme)
    try:
        api.upload_file(path_or_fileobj=f.name, path_in_repo="README.md",
                        repo_id=repo_id, repo_type="dataset", commit_message="Initialize dataset card")
    finally:
        os.unlink(f.name)


def push_run(run_dir: Path, repo_id: str, token: str | None = None) -> dict[str, str]:
    run_json_path = Path(run_dir) / "run.json"
    run_id = json.loads(run_json_path.read_text()).get("run_id", run_json_path.parent.name)
    api = _get_api(token)
    api.upload_file(path_or_fileobj=str(run_json_path), path_in_repo=f"{run_id}.json",
                    repo_id=repo_id, repo_type="dataset", commit_message=f"Add run {run_id}")
    file_url = f"https://huggingface.co/datasets/{repo_id}/blob/main/{run_id}.json"
    return {"run_id": run_id, "file_url": file_url}


def pull_run(run_id: str, repo_id: str, token: str | None = None) -> Path:
    local_path = hf_hub_download(repo_id=repo_id, filename=f"{run_id}.json",
                                 repo_type="dataset", token=token or _get_token())
    return Path(local_path)
