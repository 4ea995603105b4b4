import os
import tempfile
from typing import Dict

import pandas as pd
from datasets import Dataset
from huggingface_hub import HfApi, create_repo
from nbformat import reads, NO_CONVERT
from tqdm import tqdm

MIRROR_DIRECTORY = "fltk-1.4.x"
DATASET_ID = "fltk-1.4.x"
SERIALIZE_IN_CHUNKS = False
FEATHER_FORMAT = "ftr"
# TODO: export HF_TOKEN="hf_"

IMAGE = ["png", "jpg", "jpeg", "gif", "ico", "xpm"]
DOC = ["dox", "log", "html", "README", "COPYING", "Makefile", "pdf", "json", "md", "txt", "sh", "yml"]
AUDIO = ["flac", "ogg", "mid", "webm", "wav", "mp3"]
ARCHIVE = ["jar", "aar", "gz", "zip", "bz2"]
ANTI_FOMATS = tuple(IMAGE + DOC + AUDIO + ARCHIVE)


def upload_to_hub(file_format: str, repo_id: str):
    """Moves all the files matching `file_format` to a folder and uploads it to the Hub."""
    api = HfApi()
    repo_id = create_repo(repo_id=repo_id, exist_ok=True, repo_type="dataset").repo_id
    with tempfile.TemporaryDirectory() as tmpdirname:
        os.system(f"mv *.{file_format} {tmpdirname}")
        api.upload_folder(repo_id=repo_id, folder_path=tmpdirname, repo_type="dataset")


def process_file(directory_name: str, file_path: str) -> Dict[str, str]:
    try:
        with open(file_path, "r", encoding="utf-8") as file:
            content = file.read()
            if file_path.endswith("ipynb"):
                notebook = reads(content, NO_CONVERT)
                content = "".join(c["source"] for c in notebook["cells"] if c["cell_type"] == "code")
    except Exception:
        content = ""
    return {"repo_id": directory_name, "file_path": file_path, "content": content}


def read_repository_files(directory) -> pd.DataFrame:
    rows = []
    for root, _, files in os.walk(directory):
        for file in files:
            path = os.path.join(root, file)
            if not path.endswith(ANTI_FOMATS) and ".git" not in path:
                row = process_file(os.path.dirname(root), path)
                if row["content"]:
                    rows.append(row)
    return pd.DataFrame(rows, columns=["repo_id", "file_path", "content"])


if __name__ == "__main__":
    df = read_repository_files(MIRROR_DIRECTORY)
    print("DataFrame created, creating dataset...")
    if not SERIALIZE_IN_CHUNKS:
        dataset = Dataset.from_pandas(df)
        dataset.push_to_hub(DATASET_ID, private=True)
