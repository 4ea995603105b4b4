import json
import subprocess
import time
import urllib.request

import modal

# Configuration
MODEL_NAME = "openai/gpt-oss-120b"  # Change to any vLLM-compatible model
MODEL_REVISION = None  # Optional: specific revision
GPU_TYPE = "H100"
N_GPU = 1
MAX_MODEL_LEN = 65536
cuda_version = "12.8.1"
flavor = "devel"
operating_sys = "ubuntu24.04"
tag = f"{cuda_version}-{flavor}-{operating_sys}"

vllm_image = (
    modal.Image.from_registry(f"nvidia/cuda:{tag}", add_python="3.12")
    .entrypoint([])
    .uv_pip_install(
        "vllm==0.10.1+gptoss",
        extra_index_url="https://wheels.vllm.ai/gpt-oss/",
        pre=True,
    )
    .uv_pip_install("huggingface_hub[hf_transfer]")
    .env({"HF_HUB_ENABLE_HF_TRANSFER": "1", "VLLM_USE_V1": "1"})
)

hf_cache_vol = modal.Volume.from_name("huggingface-cache", create_if_missing=True)
vllm_cache_vol = modal.Volume.from_name("vllm-cache", create_if_missing=True)

app = modal.App("vllm-server")


def _wait_for_http(url: str, timeout_seconds: int = 600) -> None:
    deadline = time.time() + timeout_seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except Exception:
            time.sleep(1.0)
    raise TimeoutError(f"Timed out waiting for {url!r}")


def _post_json(url: str, payload: dict) -> None:
    req = urllib.request.Request(url, data=json.dumps(payload).encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": "Bearer EMPTY"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        resp.read()


@app.cls(
    image=vllm_image,
    gpu=f"{GPU_TYPE}:{N_GPU}",
    scaledown_window=15 * 60,
    volumes={"/root/.cache/huggingface": hf_cache_vol, "/root/.cache/vllm": vllm_cache_vol},
    enable_memory_snapshot=True,
)
class VLLMServer:
    @modal.enter()
    def _enter(self) -> None:
        cmd = ["vllm", "serve", MODEL_NAME, "--host", "0.0.0.0", "--port", "8000",
               "--tensor-parallel-size", str(N_GPU), "--max-model-len", str(MAX_MODEL_LEN)]
        if MODEL_REVISION:
            cmd.extend(["--revision", str(MODEL_REVISION)])
        self._proc = subprocess.Popen(cmd, text=True)
        _wait_for_http("http://127.0.0.1:8000/v1/models")
        try:
            _post_json("http://127.0.0.1:8000/v1/chat/completions",
                       {"model": MODEL_NAME, "messages": [{"role": "user", "content": "hi"}], "max_tokens": 1})
        except Exception:
            pass

    @modal.web_server(port=8000, startup_timeout=10 * 60)
    def serve(self) -> None:
        self._proc.wait()
