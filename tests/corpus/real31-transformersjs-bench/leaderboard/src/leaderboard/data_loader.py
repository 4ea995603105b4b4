"""
Data loader module for loading benchmark results from HuggingFace Dataset.
"""

import json
from typing import Any, Dict, List, Optional

import pandas as pd
from huggingface_hub import HfApi, hf_hub_download


def load_benchmark_data(
    dataset_repo: str,
    token: Optional[str] = None,
) -> pd.DataFrame:
    """Load benchmark data from HuggingFace Dataset repository.

    Args:
        dataset_repo: HuggingFace dataset repository ID (e.g., "username/dataset-name")
        token: HuggingFace API token (optional, for private datasets)
    """
    if not dataset_repo:
        return pd.DataFrame()

    api = HfApi(token=token)
    files = api.list_repo_files(
        repo_id=dataset_repo,
        repo_type="dataset",
        token=token,
    )
    json_files = [f for f in files if f.endswith(".json")]

    all_results = []
    for file_path in json_files:
        result = load_single_benchmark_file(dataset_repo=dataset_repo, file_path=file_path, token=token)
        if result:
            all_results.append(flatten_result(result))

    df = pd.DataFrame(all_results)
    if "modelId" in df.columns and "timestamp" in df.columns:
        df = df.sort_values(["modelId", "timestamp"], ascending=[True, False])
    return df


def load_single_benchmark_file(
    dataset_repo: str,
    file_path: str,
    token: Optional[str] = None,
) -> Optional[Dict[str, Any]]:
    """Load a single benchmark result file from HuggingFace Dataset."""
    try:
        local_path = hf_hub_download(
            repo_id=dataset_repo,
            filename=file_path,
            repo_type="dataset",
            token=token,
        )
        with open(local_path, "r") as f:
            return json.load(f)
    except Exception as e:
        print(f"Error loading file {file_path}: {e}")
        return None


def flatten_result(result: Dict[str, Any]) -> Dict[str, Any]:
    """Flatten nested benchmark result for display."""
    flat = {
        "id": result.get("id", ""),
        "platform": result.get("platform", ""),
        "modelId": result.get("modelId", ""),
        "task": result.get("task", ""),
        "mode": result.get("mode", ""),
        "dtype": result.get("dtype", ""),
        "timestamp": result.get("timestamp", 0),
    }
    metrics = result.get("metrics", {})
    if "load_ms" in metrics and "p50" in metrics["load_ms"]:
        flat["load_ms_p50"] = metrics["load_ms"]["p50"]
        flat["load_ms_p90"] = metrics["load_ms"]["p90"]
    return flat


def get_unique_values(df: pd.DataFrame, column: str) -> List[str]:
    """Unique values of a column for dropdown choices, with "All" first."""
    if df.empty or column not in df.columns:
        return ["All"]
    return ["All"] + sorted(str(v) for v in df[column].dropna().unique().tolist())
