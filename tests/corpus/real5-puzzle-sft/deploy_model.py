import modal

serving_image = (
    modal.Image.debian_slim(python_version="3.12")
    .pip_install(
        "vllm",
        "huggingface_hub[hf_transfer]==0.26.2",
        "flashinfer-python==0.2.0.post2",
        extra_index_url="https://flashinfer.ai/whl/cu124/torch2.5",
    )
    .env({"HF_HUB_ENABLE_HF_TRANSFER": "1"})
)
serving_image = serving_image.env({"VLLM_USE_V1": "1"})

MODEL_NAME = "Qwen/Qwen2.5-1.5B-Instruct"

cache_vol = modal.Volume.from_name("vllm-cache", create_if_missing=True)
weights_vol = modal.Volume.from_name("model_volume")

app = modal.App("vllm-app")

GPUS = 1
SECRET_KEY = "change-me"
MINUTES = 60
PORT = 8000


@app.function(
    image=serving_image,
    gpu=f"A10G:{GPUS}",
    allow_concurrent_inputs=32,
    scaledown_window=5 * MINUTES,
    volumes={
        "/root/.cache/vllm": cache_vol,
        "/model": weights_vol,
    },
    keep_warm=1,
    secrets=[modal.Secret.from_name("huggingface-secret")],
)
@modal.web_server(port=PORT, startup_timeout=5 * MINUTES)
def serve():
    import os
    import subprocess

    os.environ["HUGGINGFACE_HUB_CACHE"] = "/model/hf_cache"
    cmd = [
        "vllm",
        "serve",
        "--uvicorn-log-level=info",
        MODEL_NAME,
        "--host",
        "0.0.0.0",
        "--port",
        str(PORT),
        "--api-key",
        SECRET_KEY,
    ]
    subprocess.Popen(" ".join(cmd), shell=True)
