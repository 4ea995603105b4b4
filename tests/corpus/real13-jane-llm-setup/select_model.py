#!/usr/bin/env python3
"""Interactive model switcher for the vLLM + Open WebUI stack."""

import os
import subprocess
import sys
from typing import Dict, Optional

CHOICES = {
    "1": {
        "name": "Qwen2.5-7B-Instruct",
        "model_id": "Qwen/Qwen2.5-7B-Instruct",
        "description": "Qwen 2.5 7B (previous default)",
        "max_model_len": "8192",
        "gpu_memory_utilization": "0.95",
    },
    "2": {
        "name": "Mistral-7B-Instruct-v0.3",
        "model_id": "mistralai/Mistral-7B-Instruct-v0.3",
        "description": "Mistral AI 7B Instruct v0.3",
        "max_model_len": "4096",
        "gpu_memory_utilization": "0.95",
    },
    "3": {
        "name": "Mistral-7B-Instruct-v0.2",
        "model_id": "mistralai/Mistral-7B-Instruct-v0.2",
        "description": "Mistral AI 7B Instruct v0.2",
        "max_model_len": "4096",
        "gpu_memory_utilization": "0.95",
    },
    "4": {
        "name": "Llama-3-8B-Instruct",
        "model_id": "meta-llama/Meta-Llama-3-8B-Instruct",
        "description": "Meta Llama 3 8B Instruct",
        "max_model_len": "8192",
        "gpu_memory_utilization": "0.90",
    },
    "5": {
        "name": "Phi-3-Mini-Instruct",
        "model_id": "microsoft/Phi-3-mini-4k-instruct",
        "description": "Phi-3 Mini 4K (less VRAM)",
        "max_model_len": "4096",
        "gpu_memory_utilization": "0.85",
    },
}

ENV_FILE = ".env"
ENV_TEMPLATE = ".env.example"


def current_model() -> Optional[str]:
    if not os.path.exists(ENV_FILE):
        return None
    with open(ENV_FILE) as fh:
        for line in fh:
            if line.startswith("MODEL_NAME="):
                return line.split("=", 1)[1].strip()
    return None


def write_env(cfg: Dict) -> None:
    src = ENV_FILE if os.path.exists(ENV_FILE) else ENV_TEMPLATE
    with open(src) as fh:
        lines = fh.readlines()
    out = []
    for line in lines:
        if line.startswith("MODEL_NAME="):
            out.append(f"MODEL_NAME={cfg['model_id']}\n")
        elif line.startswith("MAX_MODEL_LEN="):
            out.append(f"MAX_MODEL_LEN={cfg['max_model_len']}\n")
        elif line.startswith("GPU_MEMORY_UTILIZATION="):
            out.append(f"GPU_MEMORY_UTILIZATION={cfg['gpu_memory_utilization']}\n")
        else:
            out.append(line)
    with open(ENV_FILE, "w") as fh:
        fh.writelines(out)


def compose(*args: str) -> None:
    subprocess.run(["docker", "compose", *args], check=True)


def main() -> None:
    while True:
        active = current_model()
        print(f"Active model: {active or 'not configured'}\n")
        for key, cfg in CHOICES.items():
            mark = "  <- current" if cfg["model_id"] == active else ""
            print(f"[{key}] {cfg['name']}{mark}\n    {cfg['model_id']}: {cfg['description']}")
        pick = input("\nModel number, or q to quit: ").strip().lower()
        if pick == "q":
            sys.exit(0)
        if pick not in CHOICES:
            print("Invalid choice.")
            continue
        cfg = CHOICES[pick]
        compose("down")
        write_env(cfg)
        compose("up", "-d")
        print(f"Switched to {cfg['name']}; vLLM API at http://localhost:8000, WebUI at http://localhost:3000")


if __name__ == "__main__":
    if not os.path.exists("docker-compose.yml"):
        sys.exit("run this from the directory holding docker-compose.yml")
    main()
