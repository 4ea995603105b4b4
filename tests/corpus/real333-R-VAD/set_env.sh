#!/usr/bin/env bash
set -euo pipefail

export TEXT_LLM_API_KEY=""
export MLLM_API_KEY=""
export TEXT_LLM_BASE_URL=""
export MLLM_BASE_URL=""
export TEXT_LLM_MODEL="qwen3-max"
export MLLM_MODEL="qwen3-vl-plus"
