#!/usr/bin/env bash
set -Eeuo pipefail

# Defaults mirror the Dockerfile ENV; anything can be overridden at run time.
MODEL_ID=${MODEL_ID:-Qwen/Qwen3-Embedding-8B}
HOST=${HOST:-0.0.0.0}
PORT=${PORT:-8000}
TENSOR_PARALLEL=${TENSOR_PARALLEL:-1}
GPU_MEM_UTIL=${GPU_MEM_UTIL:-0.9}
MAX_MODEL_LEN=${MAX_MODEL_LEN:-8192}
PREFETCH=${PREFETCH:-0}

echo "[emb] model=$MODEL_ID tp=$TENSOR_PARALLEL mem=$GPU_MEM_UTIL max_len=$MAX_MODEL_LEN"

mkdir -p "${HF_HOME:-/data/hf-cache}"

if [[ "$PREFETCH" == "1" ]]; then
  echo "[emb] warming the HF cache..."
  python - <<'PY'
import os
from huggingface_hub import snapshot_download
repo = os.environ.get('MODEL_ID', 'Qwen/Qwen3-Embedding-8B')
snapshot_download(repo, local_files_only=False, ignore_patterns=["*.safetensors.index.json"])
print("[emb] cache ready")
PY
fi

exec python -m vllm.entrypoints.openai.api_server \
  --model "$MODEL_ID" \
  --host "$HOST" \
  --port "$PORT" \
  --tensor-parallel-size "$TENSOR_PARALLEL" \
  --gpu-memory-utilization "$GPU_MEM_UTIL" \
  --max-model-len "$MAX_MODEL_LEN" \
  --disable-log-requests
