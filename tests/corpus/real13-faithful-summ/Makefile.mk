# =============================================================================
# Run the vLLM OpenAI-compatible API server
# =============================================================================

# --- Settings (override on the command line) ---
# e.g. make run MODEL_NAME="meta-llama/Llama-2-7b-chat-hf" PORT=8001

# Hub model to serve
MODEL_NAME ?= "Qwen/Qwen2.5-7B-Instruct"

# GPUs used for tensor parallelism
TENSOR_PARALLEL_SIZE ?= 2

PORT ?= 8000

# fraction of GPU memory vLLM may take (0.0-1.0)
GPU_MEM_UTIL ?= 0.50

# 0.0.0.0 accepts remote connections
HOST ?= "0.0.0.0"

.PHONY: run help

## run: start the vLLM server with the settings above
run:
	@echo "Starting vLLM: model=$(MODEL_NAME) port=$(PORT) tp=$(TENSOR_PARALLEL_SIZE) host=$(HOST) mem=$(GPU_MEM_UTIL)"
	python -m vllm.entrypoints.openai.api_server \
		--model $(MODEL_NAME) \
		--tensor-parallel-size $(TENSOR_PARALLEL_SIZE) \
		--port $(PORT) \
		--host $(HOST) \
		--gpu-memory-utilization $(GPU_MEM_UTIL)

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  /'
