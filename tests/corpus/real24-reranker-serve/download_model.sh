#!/bin/bash

# =============================================================================
# Reranker Service - download a model for offline use (Linux/macOS)
# Usage: ./download_model.sh [model_name] [output_dir]
# =============================================================================

set -e

GREEN='\033[0;32m'
YELLOW='\033[1;33m'
NC='\033[0m'

VENV_DIR="venv"
DEFAULT_MODEL="BAAI/bge-reranker-v2-m3"
DEFAULT_OUTPUT_DIR="./models"

MODEL_NAME="${1:-$DEFAULT_MODEL}"
OUTPUT_DIR="${2:-$DEFAULT_OUTPUT_DIR}"

echo "Model: $MODEL_NAME"
echo "Output Directory: $OUTPUT_DIR"

if [ ! -d "$VENV_DIR" ]; then
    echo "Error: virtual environment not found, run ./setup.sh first."
    exit 1
fi
source "$VENV_DIR/bin/activate"
mkdir -p "$OUTPUT_DIR"

echo -e "${YELLOW}Downloading model...${NC}"

python << EOF
import os
from huggingface_hub import snapshot_download

model_name = "$MODEL_NAME"
output_dir = "$OUTPUT_DIR"

model_dir = os.path.join(output_dir, model_name.replace("/", "_"))
os.makedirs(model_dir, exist_ok=True)

snapshot_download(
    repo_id=model_name,
    local_dir=model_dir,
    local_dir_use_symlinks=False,
)
print(f"\nModel downloaded to: {model_dir}")
print(f"  export RERANKER_MODEL_PATH={model_dir}")
print(f"  export RERANKER_USE_OFFLINE_MODE=true")
EOF

echo -e "${GREEN}Download complete!${NC}"
