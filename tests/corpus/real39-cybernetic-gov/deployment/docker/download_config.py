import os

from huggingface_hub import snapshot_download


def download_configs():
    models = [
        "casperhansen/deepseek-r1-distill-llama-8b-awq",
        "meta-llama/Meta-Llama-3.1-8B-Instruct"
    ]
    # configs and tokenizers only, no weights
    allow_patterns = ["*.json", "*.py", "*.txt", "*.model", "tokenizer*",
                      "config.json", "generation_config.json"]
    ignore_patterns = ["*.safetensors", "*.bin", "*.pth", "*.msgpack", "*.h5"]

    token = os.environ.get("HUGGING_FACE_HUB_TOKEN")
    if not token:
        print("HUGGING_FACE_HUB_TOKEN not set: gated models will fail")

    for model_id in models:
        path = snapshot_download(
            repo_id=model_id,
            allow_patterns=allow_patterns,
            ignore_patterns=ignore_patterns,
            token=token,
        )
        print(f"Downloaded {model_id} to {path}")


if __name__ == "__main__":
    download_configs()
