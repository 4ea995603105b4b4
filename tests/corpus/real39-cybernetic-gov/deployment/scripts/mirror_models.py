"""Mirror Hugging Face models into a GCS bucket so the cluster pulls from GCS."""
import os
import shutil
import subprocess
from pathlib import Path

from dotenv import load_dotenv
from huggingface_hub import snapshot_download

load_dotenv()

BUCKET_NAME = "laah-cybernetics-models"
MODELS_TO_MIRROR = [
    "meta-llama/Meta-Llama-3.1-8B-Instruct",
    # "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
    # "casperhansen/deepseek-r1-distill-llama-8b-awq"  # already mirrored
]


def upload_to_gcs(local_path: Path, gcs_path: str):
    cmd = ["gsutil", "-o", "GSUtil:parallel_composite_upload_threshold=150M",
           "-m", "cp", "-r", f"{local_path}/*", gcs_path]
    subprocess.check_call(cmd)


def mirror_models():
    if shutil.which("gsutil") is None:
        raise RuntimeError("gsutil not found; install the Google Cloud SDK")
    os.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"
    if not os.environ.get("HUGGING_FACE_HUB_TOKEN"):
        print("HUGGING_FACE_HUB_TOKEN is not set: gated models (Llama 3.1) may fail")

    work_dir = Path("temp_model_mirror")
    work_dir.mkdir(exist_ok=True)
    try:
        for model_id in MODELS_TO_MIRROR:
            local_model_dir = work_dir / model_id.replace("/", "--")
            snapshot_download(
                repo_id=model_id,
                local_dir=local_model_dir,
                ignore_patterns=["*.msgpack", "*.h5", "*.ot"],
                local_dir_use_symlinks=False,  # gsutil needs real files
            )
            upload_to_gcs(local_model_dir, f"gs://{BUCKET_NAME}/{model_id}")
            shutil.rmtree(local_model_dir)
    finally:
        if work_dir.exists():
            shutil.rmtree(work_dir)


if __name__ == "__main__":
    mirror_models()
