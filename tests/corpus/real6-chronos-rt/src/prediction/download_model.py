import json
import os

import requests


def fetch_weights_if_missing(target_dir, model_name):
    print(f"Fetching pretrained weights for {model_name} ...")
    urls = {
        "config.json": f"https://huggingface.co/amazon/{model_name}/resolve/main/config.json",
        "generation_config.json": f"https://huggingface.co/amazon/{model_name}/resolve/main/generation_config.json",
        "pytorch_model.bin": f"https://huggingface.co/amazon/{model_name}/resolve/main/pytorch_model.bin",
    }
    os.makedirs(target_dir, exist_ok=True)

    for fname, url in urls.items():
        dest = os.path.join(target_dir, fname)
        if os.path.exists(dest):
            print(f"-- {fname} present, skipping")
            continue
        try:
            resp = requests.get(url, allow_redirects=True, timeout=120)
            resp.raise_for_status()
            with open(dest, "wb") as fh:
                fh.write(resp.content)
        except requests.RequestException as err:
            raise ValueError(f"Could not download {dest}") from err

    print(f"Model `{model_name}` ready.")


if __name__ == "__main__":
    cfg_path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "config", "model_config.json")
    with open(cfg_path) as fh:
        name = json.load(fh)["model_name"]

    out_dir = os.path.join(os.path.dirname(__file__), "pretrained_model", name)
    fetch_weights_if_missing(out_dir, name)
