import os

from huggingface_hub import snapshot_download


def fetch_configs():
    repos = [
        "casperhansen/deepseek-r1-distill-llama-8b-awq",
        "meta-llama/Meta-Llama-3.1-8B-Instruct"
    ]
    # configs and tokenizers only, never the weights
    keep = ["*.json", "*.py", "*.txt", "*.model", "tokenizer*", "config.json", "generation_config.json"]
    skip = ["*.safetensors", "*.bin", "*.pth", "*.msgpack", "*.h5"]

    token = os.environ.get("HUGGING_FACE_HUB_TOKEN")
    if not token:
        print("HUGGING_FACE_HUB_TOKEN not set: gated repos will fail")

    for repo in repos:
        path = snapshot_download(repo_id=repo, allow_patterns=keep, ignore_patterns=skip, token=token)
        print(f"{repo} -> {path}")


if __name__ == "__main__":
    fetch_configs()
