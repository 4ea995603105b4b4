"""
Model Manager API for M2

Provides endpoints for downloading, managing, and switching local LLM models.
Integrates with HuggingFace Hub and vLLM.

Usage:
    python model_manager.py
    
Endpoints:
    GET  /api/models/available
    GET  /api/models/downloaded
    POST /api/models/download
    POST /api/models/switch
    DELETE /api/models/{model_id}
"""

import os
import json
import subprocess
import shutil
import asyncio
from typing import Dict, List, Optional
from fastapi import FastAPI, HTTPException, BackgroundTasks
from pydantic import BaseModel
import uvicorn
from pathlib import Path

# Optional huggingface_hub for actual model downloads
try:
    from huggingface_hub import snapshot_download, hf_hub_download
    HF_HUB_AVAILABLE = True
except ImportError:
    HF_HUB_AVAILABLE = False

app = FastAPI(title="Model Manager", description="Manage local LLM models")

# Track download progress
download_status: Dict[str, Dict] = {}

# Model registry - available models with metadata
# New format uses structured entries with standardized fields
# Old format (flat dict) is still supported for backward compatibility
MODEL_REGISTRY = {
    "Qwen/Qwen2.5-0.5B-Instruct": {
        "model_path": "Qwen/Qwen2.5-0.5B-Instruct",
        "tokenizer_path": "Qwen/Qwen2.5-0.5B-Instruct",
        "model_name": "Qwen 2.5 0.5B",
        "context_size": 32768,
        "quantization": None,
        "size_gb": 1.0,
        "min_vram_gb": 2,
        "description": "Tiny model for testing",
        "recommended_for": "Testing, debugging"
    },
    "Qwen/Qwen2.5-1.5B-Instruct": {
        "model_path": "Qwen/Qwen2.5-1.5B-Instruct",
        "tokenizer_path": "Qwen/Qwen2.5-1.5B-Instruct",
        "model_name": "Qwen 2.5 1.5B",
        "context_size": 32768,
        "quantization": None,
        "size_gb": 3.0,
        "min_vram_gb": 4,
        "description": "Small model for low-VRAM systems",
        "recommended_for": "Edge deployment, Pi 5"
    },
    "Qwen/Qwen2.5-7B-Instruct-AWQ": {
        "model_path": "Qwen/Qwen2.5-7B-Instruct-AWQ",
        "tokenizer_path": "Qwen/Qwen2.5-7B-Instruct-AWQ",
        "model_name": "Qwen 2.5 7B (AWQ)",
        "context_size": 32768,
        "quantization": "AWQ",
        "size_gb": 4.2,
        "min_vram_gb": 8,
        "description": "Good balance for consumer GPUs",
        "recommended_for": "Standard desktops, RTX 3060"
    },
    "Qwen/Qwen2.5-14B-Instruct-AWQ": {
        "model_path": "Qwen/Qwen2.5-14B-Instruct-AWQ",
        "tokenizer_path": "Qwen/Qwen2.5-14B-Instruct-AWQ",
        "model_name": "Qwen 2.5 14B (AWQ)",
        "context_size": 32768,
        "quantization": "AWQ",
        "size_gb": 8.5,
        "min_vram_gb": 12,
        "description": "High quality for prosumer GPUs",
        "recommended_for": "RTX 4070, RTX 3090"
    },
    "Qwen/Qwen2.5-32B-Instruct-AWQ": {
        "model_path": "Qwen/Qwen2.5-32B-Instruct-AWQ",
        "tokenizer_path": "Qwen/Qwen2.5-32B-Instruct-AWQ",
        "model_name": "Qwen 2.5 32B (AWQ)",
        "context_size": 32768,
        "quantization": "AWQ",
        "size_gb": 18.0,
        "min_vram_gb": 24,
        "description": "Best quality for 24GB+ GPUs",
        "recommended_for": "RTX 4090, RTX 3090, data center"
    }
}

# Cache directory for models
CACHE_DIR = Path(os.getenv("HF_HOME", "~/.cache/huggingface")).expanduser()


class DownloadRequest(BaseModel):
    model_id: str


class SwitchRequest(BaseModel):
    model_id: str
