#!/usr/bin/env bash
# Serve an OpenAI-compatible endpoint with vLLM.
# usage: scripts/serve_vllm.sh [model] [port]
set -euo pipefail

MODEL="${1:-meta-llama/Llama-3.1-70B-Instruct}"
PORT="${2:-8000}"
export VLLM_WORKER_MULTIPROC_METHOD=spawn
export CUDA_VISIBLE_DEVICES=0,1,2,3

vllm serve "$MODEL" \
    --tensor-parallel-size 4 \
    --max-model-len 32768 \
    --served-model-name llama-70b \
    --enable-prefix-caching \
    --port "$PORT"

# speculative decoding variant
# vllm serve meta-llama/Llama-3.1-70B-Instruct --speculative-model meta-llama/Llama-3.2-1B-Instruct

python -m vllm.entrypoints.openai.api_server \
    --model Qwen/Qwen2.5-72B-Instruct-AWQ \
    --revision 8b3d7f2 \
    --quantization awq \
    --tokenizer Qwen/Qwen2.5-72B-Instruct \
    --download-dir /mnt/models \
    --chat-template ./templates/qwen.jinja

vllm serve mistralai/Mistral-Nemo-Instruct-2407 --tokenizer_mode mistral --config_format mistral --load_format mistral
vllm serve BAAI/bge-reranker-v2-m3 --task score
vllm serve ./checkpoints/merged-8b --dtype bfloat16
