#!/usr/bin/env python3
"""
Interactive model selector for jane-llm-setup: switches the model served by
the vLLM + Open WebUI stack.
"""

import os
import subprocess
import sys
from typing import Dict, Optional

# Available model configurations
MODELS = {
    "1": {
        "name": "Qwen2.5-7B-Instruct",
        "model_id": "Qwen/Qwen2.5-7B-Instruct",
        "description": "Original default model - Qwen 2.5 7B",
        "max_model_len": "8192",
        "gpu_memory_utilization": "0.95"
    },
    "2": {
        "name": "Mistral-7B-Instruct-v0.3",
        "model_id": "mistralai/Mistral-7B-Instruct-v0.3",
        "description": "Mistral AI 7B Instruct v0.3",
        "max_model_len": "4096",
        "gpu_memory_utilization": "0.95"
    },
    "3": {
        "name": "Mistral-7B-Instruct-v0.2",
        "model_id": "mistralai/Mistral-7B-Instruct-v0.2",
        "description": "Mistral AI 7B Instruct v0.2",
        "max_model_len": "4096",
        "gpu_memory_utilization": "0.95"
    },
    "4": {
        "name": "Llama-3-8B-Instruct",
        "model_id": "meta-llama/Meta-Llama-3-8B-Instruct",
        "description": "Meta Llama 3 8B Instruct",
        "max_model_len": "8192",
        "gpu_memory_utilization": "0.90"
    },
    "5": {
        "name": "Phi-3-Mini-Instruct",
        "model_id": "microsoft/Phi-3-mini-4k-instruct",
        "description": "Microsoft Phi-3 Mini 4K Instruct (lower VRAM)",
        "max_model_len": "4096",
        "gpu_memory_utilization": "0.85"
    }
}


def get_current_model() -> Optional[str]:
    """The model configured in .env."""
    env_file = '.env'
    if not os.path.exists(env_file):
        return None
    with open(env_file) as f:
        for line in f:
            if line.startswith('MODEL_NAME='):
                return line.split('=', 1)[1].strip()
    return None


def get_service_status() -> str:
    result = subprocess.run(['docker', 'ps', '--filter', 'name=vllm-server', '--format', '{{.Status}}'],
                            capture_output=True, text=True, check=False)
    return "running" if result.stdout.strip() else "stopped"


def update_env_file(model_config: Dict) -> bool:
    source_file = '.env' if os.path.exists('.env') else '.env.example'
    with open(source_file) as f:
        lines = f.readlines()
    out = []
    for line in lines:
        if line.startswith('MODEL_NAME='):
            out.append(f"MODEL_NAME={model_config['model_id']}\n")
        elif line.startswith('MAX_MODEL_LEN='):
            out.append(f"MAX_MODEL_LEN={model_config['max_model_len']}\n")
        else:
            out.append(line)
    with open('.env', 'w') as f:
        f.writelines(out)
    return True


def main():
    print(f"Current model: {get_current_model() or 'not configured'} ({get_service_status()})")
    for key, model in MODELS.items():
        print(f"  [{key}] {model['name']} - {model['model_id']}: {model['description']}")
    choice = input("Select a model: ").strip()
    if choice in MODELS:
        subprocess.run(['docker', 'compose', 'down'], check=True)
        update_env_file(MODELS[choice])
        subprocess.run(['docker', 'compose', 'up', '-d'], check=True)
    else:
        sys.exit("Invalid choice")


if __name__ == "__main__":
    if not os.path.exists('docker-compose.yml'):
        sys.exit("docker-compose.yml not found in current directory")
    main()
