#!/bin/bash

# Fetch the GLM-4.7-Flash-REAP-23B-A3B-UD-Q4_K_XL.gguf weights unless they are already here
MODEL_URL="https://huggingface.co/unsloth/GLM-4.7-Flash-REAP-23B-A3B-GGUF/resolve/main/GLM-4.7-Flash-REAP-23B-A3B-UD-Q4_K_XL.gguf"
MODEL_PATH="/app/GLM-4.7-Flash-REAP-23B-A3B-UD-Q4_K_XL.gguf"

if [ ! -f "$MODEL_PATH" ]; then
    echo "Downloading model from HuggingFace..."
    wget -O "$MODEL_PATH" "$MODEL_URL"
    echo "Model downloaded."
fi

# credentials come from the environment
LLAMA_USERNAME="${LLAMA_USERNAME:-admin}"
LLAMA_PASSWORD="${LLAMA_PASSWORD:-$(head /dev/urandom | tr -dc A-Za-z0-9 | head -c 32)}"

# print them once
if [ ! -f "/app/.credentials_shown" ]; then
    echo "=========================================="
    echo "  SERVER CREDENTIALS"
    echo "=========================================="
    echo "  Username: $LLAMA_USERNAME"
    echo "  Password: $LLAMA_PASSWORD"
    echo "  Port: 8765"
    echo "=========================================="
    touch /app/.credentials_shown
fi

# run llama-server behind an API key on port 8765
exec /app/llama-server \
    --model "$MODEL_PATH" \
    --host 0.0.0.0 \
    --port 8765 \
    --ctx-size 202752 \
    --api-key "$LLAMA_USERNAME:$LLAMA_PASSWORD"
