import os
import subprocess

import modal

# ============================================================================
# CONFIGURATION - FROM ENVIRONMENT VARIABLES WITH DEFAULTS
# ============================================================================

MODEL_NAME = os.getenv("VLLM_MODEL_NAME", "Qwen/Qwen3-0.6B")
MODEL_REVISION = os.getenv("VLLM_MODEL_REVISION", None)
VLLM_PORT = int(os.getenv("VLLM_PORT", "8000"))
N_GPU = int(os.getenv("VLLM_N_GPU", "1"))
FAST_BOOT = os.getenv("VLLM_FAST_BOOT", "true").lower() == "true"

# API key for basic authentication (set it in production!)
API_KEY = os.getenv("VLLM_API_KEY", "sk-vllm-test-key-12345")

MINUTES = 60

vllm_image = (
    modal.Image.from_registry("nvidia/cuda:12.8.0-devel-ubuntu22.04", add_python="3.12")
    .entrypoint([])
    .uv_pip_install("vllm==0.10.2", "huggingface_hub[hf_transfer]==0.35.0", "flashinfer-python==0.3.1")
    .env({"HF_HUB_ENABLE_HF_TRANSFER": "1"})
)

hf_cache_vol = modal.Volume.from_name("huggingface-cache", create_if_missing=True)
vllm_cache_vol = modal.Volume.from_name("vllm-cache", create_if_missing=True)

app = modal.App(name="vllm-qwen-inference")


@app.function(
    image=vllm_image,
    gpu=f"H100:{N_GPU}",
    scaledown_window=10 * MINUTES,
    volumes={"/root/.cache/huggingface": hf_cache_vol, "/root/.cache/vllm": vllm_cache_vol},
)
@modal.concurrent(max_inputs=16)
@modal.web_server(port=VLLM_PORT, startup_timeout=10 * MINUTES)
def serve():
    """Start the vLLM OpenAI-compatible inference server."""
    cmd = ["vllm", "serve", "--uvicorn-log-level=info", MODEL_NAME, "--served-model-name", MODEL_NAME,
           "--host", "0.0.0.0", "--port", str(VLLM_PORT), "--max-model-len", "2048"]
    if MODEL_REVISION:
        cmd.extend(["--revision", MODEL_REVISION])
    cmd.append("--enforce-eager" if FAST_BOOT else "--no-enforce-eager")
    cmd.extend(["--tensor-parallel-size", str(N_GPU)])
    os.environ["VLLM_API_KEY"] = API_KEY
    subprocess.run(cmd, check=True)


@app.function(image=modal.Image.debian_slim().pip_install("openai==1.76.0"), timeout=5 * MINUTES)
def test_inference(content: str = None):
    from openai import OpenAI

    client = OpenAI(base_url=f"http://localhost:{VLLM_PORT}/v1", api_key=API_KEY)
    response = client.chat.completions.create(
        model=MODEL_NAME,
        messages=[{"role": "user", "content": content or "Explain quantum computing in 2 sentences."}],
        max_tokens=200,
    )
    print(response.choices[0].message.content)


if __name__ == "__main__":
    print("""
    Usage:
      modal deploy vllm_inference.py
      modal run vllm_inference.py test

    Environment Variables:
    - VLLM_MODEL_NAME          Model to deploy (default: Qwen/Qwen3-0.6B)
    - VLLM_MODEL_REVISION      Model revision (default: latest)
    - VLLM_API_KEY             API key for auth (default: sk-vllm-test-key-12345)
    """)
