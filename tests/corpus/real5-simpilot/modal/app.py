import modal

image = (
    modal.Image.debian_slim(python_version="3.12")
    .pip_install(
        "vllm==0.7.2",
        "huggingface_hub[hf_transfer]==0.26.2",
        "flashinfer-python==0.2.0.post2",
        extra_index_url="https://flashinfer.ai/whl/cu124/torch2.5",
    )
    .env({"HF_HUB_ENABLE_HF_TRANSFER": "1", "VLLM_USE_V1": "1"})
)

app = modal.App("nlu-vllm")
hf_cache = modal.Volume.from_name("huggingface-cache", create_if_missing=True)
vllm_cache = modal.Volume.from_name("vllm-cache", create_if_missing=True)

N_GPU = 1
MODEL_NAME = "Qwen/Qwen2.5-7B-Instruct"
MODELS_DIR = "/llamas"
MINUTES = 60
PORT = 8000


@app.function(
    image=image,
    gpu=f"L4:{N_GPU}",
    scaledown_window=1 * MINUTES,
    timeout=10 * MINUTES,
    volumes={"/root/.cache/huggingface": hf_cache, "/root/.cache/vllm": vllm_cache},
)
@modal.concurrent(max_inputs=100)
@modal.web_server(port=PORT, startup_timeout=5 * MINUTES)
def serve():
    import subprocess

    cmd = ["vllm", "serve", "--uvicorn-log-level=info", MODEL_NAME, "--host", "0.0.0.0", "--port", str(PORT)]
    subprocess.Popen(" ".join(cmd), shell=True)
