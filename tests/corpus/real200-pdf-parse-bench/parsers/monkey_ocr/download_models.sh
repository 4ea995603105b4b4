#!/bin/bash

set -e

MODEL_DIR="/app/MonkeyOCR/model_weight"
TOOLS_DIR="/app/MonkeyOCR/tools"

# Color output
RED='\033[0;31m'
GREEN='\033[0;32m'
YELLOW='\033[1;33m'
NC='\033[0m' # No Color

log_info() {
    echo -e "${GREEN}[INFO]${NC} $1"
}

log_warn() {
    echo -e "${YELLOW}[WARN]${NC} $1"
}

log_error() {
    echo -e "${RED}[ERROR]${NC} $1"
}

# Check if models already exist
check_models_exist() {
    local model_files=(
        "Structure/doclayout_yolo_docstructbench_imgsz1280_2501.pt"
        "Structure/layout_zh.pt"
        "Recognition/model-00001-of-00002.safetensors"
        "Recognition/model-00002-of-00002.safetensors"
        "Relation/model.safetensors"
        "Structure/PP-DocLayout_plus-L/inference.pdiparams"
    )

    for model_file in "${model_files[@]}"; do
        if [ ! -d "$MODEL_DIR/$model_file" ] && [ ! -f "$MODEL_DIR/$model_file" ]; then
            log_info "Missing model file or directory: $model_file"
            return 1
        fi
    done
    log_info "All required model files are present."
    return 0
}
