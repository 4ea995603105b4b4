# # Serve the Qwen 3.6 Vision-Language Model with SGLang

# A VLM generates text from images as well as from text.
# This example serves one on Modal with [SGLang](https://github.com/sgl-project/sglang)
# behind an OpenAI-compatible API.

# ## Setup and container image

import subprocess
import time

import modal

MINUTES = 60

# The image starts from the official SGLang Docker image built for CUDA 13.

sglang_image = modal.Image.from_registry(
    "lmsysorg/sglang:v0.5.10.post1-cu130-runtime"
).entrypoint([])

# ## The model

# [Qwen3.6-35B-A3B-FP8](https://huggingface.co/Qwen/Qwen3.6-35B-A3B-FP8)
# is a 35B mixture-of-experts VLM with 3B active parameters; the FP8 weights
# start faster and run faster with little change in behaviour.

MODEL_NAME = "Qwen/Qwen3.6-35B-A3B-FP8"
MODEL_REVISION = "95a723d08a9490559dae23d0cff1d9466213d989"

# ## GPU

GPU = "H100!:1"
N_GPUS = 1

# ## Caches in Modal Volumes

HF_CACHE_VOL = modal.Volume.from_name("huggingface-cache", create_if_missing=True)
HF_CACHE_PATH = "/root/.cache/huggingface"

DG_CACHE_VOL = modal.Volume.from_name("deepgemm-cache", create_if_missing=True)
DG_CACHE_PATH = "/root/.cache/deep_gemm"

sglang_image = sglang_image.env(
    {
        "HF_HUB_CACHE": HF_CACHE_PATH,
        "HF_XET_HIGH_PERFORMANCE": "1",
        "SGLANG_ENABLE_JIT_DEEPGEMM": "1",
    }
)


def compile_deep_gemm():
    import os
    import subprocess

    if int(os.environ.get("SGLANG_ENABLE_JIT_DEEPGEMM", "1")):
        subprocess.run(
            f"python3 -m sglang.compile_deep_gemm --model-path {MODEL_NAME} --revision {MODEL_REVISION} --tp {N_GPUS}",
            shell=True,
            check=True,
        )


sglang_image = sglang_image.run_function(
    compile_deep_gemm,
    volumes={DG_CACHE_PATH: DG_CACHE_VOL, HF_CACHE_PATH: HF_CACHE_VOL},
    gpu=GPU,
)

PORT = 8000
TARGET_INPUTS = 10

app = modal.App(name="example-sglang-vlm")


# Settings follow the [SGLang Cookbook](https://docs.sglang.io/cookbook/autoregressive/Qwen/Qwen3.6),
# including multi-token-prediction speculative decoding.


def _start_server() -> subprocess.Popen:
    """Start the SGLang server in a subprocess"""
    cmd = [
        "python",
        "-m",
        "sglang.launch_server",
        "--model-path",
        MODEL_NAME,
        "--revision",
        MODEL_REVISION,
        "--served-model-name",
        MODEL_NAME,
        "--host",
        "0.0.0.0",
        "--port",
        f"{PORT}",
        "--tp",
        f"{N_GPUS}",
        "--reasoning-parser",
        "qwen3",
        "--speculative-algo",
        "EAGLE",
    ]

    print("Starting SGLang server with command:")
    print(*cmd)

    return subprocess.Popen(" ".join(cmd), shell=True, start_new_session=True)


SAMPLE_PAYLOAD = {
    "messages": [
        {
            "role": "user",
            "content": [
                {
                    "type": "image_url",
                    "image_url": {
                        "url": "https://modal-cdn.com/golden-gate-bridge.jpg"
                    },
                },
                {"type": "text", "text": "What is this?"},
            ],
        }
    ],
    "max_tokens": 16,
}

# (excerpt)
