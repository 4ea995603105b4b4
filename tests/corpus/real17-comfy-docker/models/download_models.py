import argparse
import json
import os
from pathlib import Path

import requests
from tqdm import tqdm

HERE = Path(__file__).parent

# to use a mirror:  export HF_ENDPOINT="hf-mirror.com"
mirror_host = os.environ.get('HF_ENDPOINT', '')


def fetch(url, dest):
    """Stream one file to disk with a progress bar; remove partial files on failure."""
    try:
        resp = requests.get(url, stream=True, timeout=30)
        resp.raise_for_status()
        total = int(resp.headers.get('content-length', 0))
        with open(dest, 'wb') as fh, tqdm(desc=dest.name, total=total, unit='iB',
                                         unit_scale=True, unit_divisor=1024) as bar:
            for chunk in resp.iter_content(chunk_size=1024):
                bar.update(fh.write(chunk))
        return True
    except (Exception, KeyboardInterrupt) as exc:
        print(f"download failed or interrupted {dest.name}: {exc}")
        if dest.exists():
            dest.unlink()
        return False


def run(index_file, target_root: Path):
    try:
        with open(index_file, 'r', encoding='utf-8') as fh:
            entries = json.load(fh)
    except Exception as exc:
        print(f"cannot read index: {exc}")
        return

    for key, entry in entries.items():
        try:
            folder = target_root / entry['directory']
            folder.mkdir(parents=True, exist_ok=True)
            dest = folder / entry['name']
            if dest.exists():
                print(f"exists, skipping: {dest}")
                continue
            url = entry['url']
            if mirror_host and "huggingface.co" in url:
                url = url.replace("huggingface.co", mirror_host)
            print(f"fetching {entry['name']} from {url}")
            if fetch(url, dest):
                print(f"saved: {dest}\n")
        except KeyError as exc:
            print(f"incomplete entry {key}: missing {exc}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="download models")
    ap.add_argument("--models", type=Path, default=HERE / 'models.json')
    ap.add_argument("--save_dir", type=Path, default=HERE / 'models')
    opts = ap.parse_args()
    opts.save_dir.mkdir(parents=True, exist_ok=True)
    if not os.path.exists(opts.models):
        print(f"cannot find json file: {opts.models}")
    else:
        run(opts.models, opts.save_dir)
        print("all downloads done")
