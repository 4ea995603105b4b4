#!/bin/bash
# =============================================================================
# Moirai Evaluation Script
# Usage:
#     DATASETS="SG_Weather/D SG_PM25/H" ./scripts/run_moirai.sh
#     TERMS="short,medium" ./scripts/run_moirai.sh
# =============================================================================

set -e

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$SCRIPT_DIR/.." && pwd)"

DEFAULT_DATASETS=(
    "SG_Weather/D"
    "SG_PM25/H"
    "Water_Quality_Darwin/15T"
    "Coastal_T_S/5T"
    # "Australia_Solar/H"
    # "NE_China_Wind/H"
)

if [ -n "$DATASETS" ]; then
    IFS=' ' read -ra DATASET_LIST <<< "$DATASETS"
else
    DATASET_LIST=("${DEFAULT_DATASETS[@]}")
fi
IFS=',' read -ra TERMS <<< "${TERMS:-short,medium,long}"

ENV_NAME="${ENV_NAME:-moirai}"
MODEL_SIZE="${MODEL_SIZE:-small}"
OUTPUT_DIR="${OUTPUT_DIR:-./output/results/moirai_${MODEL_SIZE}}"
BATCH_SIZE="${BATCH_SIZE:-16}"
CUDA_DEVICE="${CUDA_DEVICE:-0}"

source "$(conda info --base)/etc/profile.d/conda.sh"
if ! conda env list | awk '{print $1}' | grep -qx "$ENV_NAME"; then
    conda create -n "$ENV_NAME" python=3.11 -y
    conda activate "$ENV_NAME"
    pip install -e "$ROOT_DIR"
    pip install uni2ts
else
    conda activate "$ENV_NAME"
fi

cd "$ROOT_DIR"
mkdir -p "$OUTPUT_DIR"
for dataset in "${DATASET_LIST[@]}"; do
    for term in "${TERMS[@]}"; do
        CUDA_VISIBLE_DEVICES=$CUDA_DEVICE python experiments/moirai.py \
            --dataset "$dataset" \
            --terms "$term" \
            --model-size "$MODEL_SIZE" \
            --output-dir "$OUTPUT_DIR" \
            --batch-size "$BATCH_SIZE" || echo "Run failed for $dataset / $term"
    done
done
echo "Results saved to: $OUTPUT_DIR"
