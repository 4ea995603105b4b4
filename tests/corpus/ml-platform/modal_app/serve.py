import modal

MODEL_NAME = "NousResearch/Meta-Llama-3-8B-Instruct"
MODEL_REVISION = "b1532e4dee724d9ba63fe17496f298254d87ca64"
MODEL_DIR = "/models/llama3-8b"

image = (
    modal.Image.debian_slim(python_version="3.11")
    .pip_install("vllm==0.6.3", "huggingface_hub[hf_transfer]")
    .env({"HF_HUB_ENABLE_HF_TRANSFER": "1"})
)
app = modal.App("acme-llm-serve")
volume = modal.Volume.from_name("llm-weights", create_if_missing=True)


@app.function(image=image, volumes={"/models": volume}, timeout=60 * 60)
def download():
    from huggingface_hub import snapshot_download

    snapshot_download(MODEL_NAME, revision=MODEL_REVISION, local_dir=MODEL_DIR, ignore_patterns=["*.pt", "*.bin"])
    volume.commit()


@app.function(image=image, gpu="A100:1", volumes={"/models": volume})
@modal.web_server(port=8000, startup_timeout=600)
def serve():
    import subprocess

    subprocess.Popen(f"vllm serve {MODEL_DIR} --served-model-name llama3 --port 8000", shell=True)
