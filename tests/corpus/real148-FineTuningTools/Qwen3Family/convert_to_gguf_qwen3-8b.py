import modal
import os

stub = modal.App("qwen3-8b-gguf-converter")

image = modal.Image.debian_slim(python_version="3.10") \
    .apt_install("git", "cmake", "libcurl4-openssl-dev") \
    .pip_install(
        "unsloth[colab-new] @ git+https://github.com/unslothai/unsloth.git",
        "torch",
        "transformers",
    )

@stub.function(
    gpu="A10G",
    image=image,
    secrets=[modal.Secret.from_name("my-huggingface-secret")],
    timeout=18000,
)
def convert_to_gguf():
    from huggingface_hub import login, HfApi
    from unsloth import FastLanguageModel

    token = os.environ["HUGGING_FACE_HUB_TOKEN"]
    login(token=token)

    # the fine-tuned weights
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name="realoperator42/qwen3-8b-uncensored",
        max_seq_length=2048,
        dtype=None,
        load_in_4bit=True,
    )

    # GGUF export into a local folder
    model.save_pretrained_gguf("gguf_model", tokenizer, quantization_method="q4_k_m")

    api = HfApi(token=token)
    repo_id = "realoperator42/qwen3-8b-uncensored-GGUF"
    api.create_repo(repo_id, exist_ok=True)
    api.upload_file(
        path_or_fileobj="gguf_model/unsloth.Q4_K_M.gguf",
        path_in_repo="qwen3-8b-uncensored-Q4_K_M.gguf",
        repo_id=repo_id,
        repo_type="model",
    )
    print("Converted and uploaded to realoperator42/qwen3-8b-uncensored-GGUF")

# run with:
# modal run convert_to_gguf.py
