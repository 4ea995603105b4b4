#!/usr/bin/env bash
# fetch the base checkpoints the configs in this directory expect
tune download Qwen/Qwen2.5-3B-Instruct --output-dir /tmp/Qwen2.5-3B-Instruct
tune download meta-llama/Meta-Llama-3-8B-Instruct --output-dir /tmp/Meta-Llama-3-8B-Instruct --hf-token "$HF_TOKEN"
huggingface-cli download Qwen/Qwen2.5-7B-Instruct --exclude "*.pth" # license-gate: ignore[Qwen/Qwen2.5-7B-Instruct]
