import os
import json
import threading
import traceback
import gradio as gr

from src.dataset_io import load_hf_dataset, save_uploaded_file, load_local_file
from src.train import run_sft
from src.hub import push_lora, push_merged, push_gguf

# (excerpt)

_cancel_flag = threading.Event()


def require_token():
    token = os.environ.get("HF_TOKEN") or os.environ.get("HUB_TOKEN")
    if not token:
        raise RuntimeError("HF_TOKEN is missing. Export it or add it as a Colab/Spaces secret.")
    return token


def do_preview_upload(file_obj):
    try:
        path = save_uploaded_file(file_obj, "runs/uploads")
        df, cols = load_local_file(path)
        return df, gr.Dropdown(choices=cols)
    except Exception as e:
        return None, str(e)


def do_push_all(run_dir, hf_username, run_name, quant_methods_str):
    token = require_token()
    lora_repo = f"{hf_username}/{run_name}-lora"
    url = push_lora(run_dir, lora_repo, token)
    merged_repo = f"{hf_username}/{run_name}-merged"
    url = push_merged(run_dir, merged_repo, token)
    return url


def get_unsloth_models():
    """Models offered in the dropdown."""
    return [
        # Llama 3.1
        "unsloth/llama-3.1-8b-unsloth-bnb-4bit",
        "unsloth/llama-3.1-70b-unsloth-bnb-4bit",
        # Llama 3
        "unsloth/llama-3-8b-bnb-4bit",
        # Qwen 2.5
        "unsloth/Qwen2.5-0.5B-Instruct-bnb-4bit",
        "unsloth/Qwen2.5-1.5B-Instruct-bnb-4bit",
        "unsloth/Qwen2.5-7B-Instruct-bnb-4bit",
        # Mistral
        "unsloth/mistral-7b-instruct-v0.3-bnb-4bit",
        # Gemma 2
        "unsloth/gemma-2-9b-bnb-4bit",
        # Phi-4
        "unsloth/Phi-4-mini-instruct-bnb-4bit",
        "unsloth/Phi-4",
        # Yi
        "unsloth/Yi-1.5-6B-Chat-bnb-4bit",
        # OLMo
        "unsloth/OLMo-7B-Instruct-bnb-4bit",
    ]
