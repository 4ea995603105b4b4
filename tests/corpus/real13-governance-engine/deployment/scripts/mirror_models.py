import os
import shutil
import subprocess
from pathlib import Path

from dotenv import load_dotenv
from huggingface_hub import snapshot_download

load_dotenv()

GCS_BUCKET = "laah-cybernetics-models"
MIRROR_LIST = [
    "meta-llama/Meta-Llama-3.1-8B-Instruct",
    # "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
    # "casperhansen/deepseek-r1-distill-llama-8b-awq"  # mirrored already
]


def require_gsutil():
    if shutil.which("gsutil") is None:
        raise RuntimeError("gsutil missing: install the Google Cloud SDK")


def push(local: Path, dest: str):
    print(f"uploading {local} -> {dest}")
    subprocess.check_call([
        "gsutil", "-o", "GSUtil:parallel_composite_upload_threshold=150M",
        "-m", "cp", "-r", f"{local}/*", dest,
    ])


def main():
    require_gsutil()
    os.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"
    if not os.environ.get("HUGGING_FACE_HUB_TOKEN"):
        print("HUGGING_FACE_HUB_TOKEN unset: gated repos (Llama 3.1) will fail")

    scratch = Path("temp_model_mirror")
    scratch.mkdir(exist_ok=True)
    try:
        for repo in MIRROR_LIST:
            target = scratch / repo.replace("/", "--")
            try:
                snapshot_download(
                    repo_id=repo,
                    local_dir=target,
                    ignore_patterns=["*.msgpack", "*.h5", "*.ot"],
                    local_dir_use_symlinks=False,  # gsutil must see real files
                )
            except Exception as exc:
                print(f"download failed for {repo}: {exc}")
                continue
            try:
                push(target, f"gs://{GCS_BUCKET}/{repo}")
            except Exception as exc:
                print(f"upload failed for {repo}: {exc}")
                continue
            shutil.rmtree(target)
    finally:
        if scratch.exists():
            shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
