# One-time Hugging Face model fetcher (store offline)

import argparse
import logging
import os
import shutil
import subprocess
import sys

from huggingface_hub import hf_hub_download
from huggingface_hub.utils import HfHubHTTPError, RepositoryNotFoundError

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, force=True)
logger = logging.getLogger()


def log_huggingface_whoami():
    logger.info("🔑 Checking Hugging Face authentication with 'huggingface-cli whoami'...")
    try:
        result = subprocess.run(["huggingface-cli", "whoami"], capture_output=True, text=True, check=True)
        logger.info(f"Hugging Face user: {result.stdout.strip()}")
    except Exception as e:
        logger.error(f"❌ Unable to verify Hugging Face authentication: {e}")


def download_weights(repo_id: str, filenames: list[str], revision: str | None = None):
    log_huggingface_whoami()
    dest_dir = os.path.join("models", repo_id.replace("/", "_"))
    os.makedirs(dest_dir, exist_ok=True)

    for filename in filenames:
        logger.info(f"📥 Downloading {filename} from {repo_id} on Hugging Face Hub...")
        try:
            path = hf_hub_download(repo_id=repo_id, filename=filename, revision=revision or None)
            dest_path = os.path.join(dest_dir, filename)
            shutil.copy(path, dest_path)
            logger.info(f"✅ Saved {filename} to {dest_path}")
        except (RepositoryNotFoundError, HfHubHTTPError) as e:
            logger.error(f"❌ Failed to fetch '{filename}' from '{repo_id}': {e}")

    missing = [f for f in filenames if not os.path.isfile(os.path.join(dest_dir, f))]
    if missing:
        logger.error(f"❌ The following files are missing after download: {missing}")
    else:
        logger.info(f"✅ All expected files present in: {dest_dir}")


if __name__ == "__main__":
  parser = argparse.ArgumentParser(description="Download Hugging Face model weights")
  parser.add_argument(
    "--repo-id",
    required=True,
    help="Hugging Face repository ID (e.g., openai/clip-vit-base-patch32)"
  )
  parser.add_argument(
    "--filenames",
    nargs="+",
    default=["pytorch_model.bin", "config.json"],
    help="List of filenames to download (space-separated)"
  )
  parser.add_argument("--revision", default=None, help="Optional immutable model revision/commit to pin downloads")
  args = parser.parse_args()
  download_weights(args.repo_id, args.filenames, args.revision)
