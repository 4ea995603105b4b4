#!/bin/bash
set -e

# --- Configuration ---
MODEL_ID="OpenGVLab/InternVL3-2B"
CALIBRATION_DATA_DIR="data/images" # image directory
OUTPUT_ENGINE_DIR="./trt_engines/internvl-chat-1.5/int8_calib"
CALIBRATION_CACHE_FILE="internvl_calibration.cache"
CALIBRATION_SCRIPT="generate_internvl_calibration_cache.py"

MODEL_PRECISION="bf16"
TP_SIZE=1
PP_SIZE=1
MAX_BATCH_SIZE=4
MAX_INPUT_LEN=1024
MAX_OUTPUT_LEN=150
QUANT_MODE="int8_sq"
BUILD_PRECISION="bfloat16"

SUPPORTS_BF16=$(python -c "import torch; print(torch.cuda.is_bf16_supported())")
if [ "$BUILD_PRECISION" = "bfloat16" ] && [ "$SUPPORTS_BF16" = "False" ]; then
  echo "BF16 not supported by this GPU, falling back to FP16."
  BUILD_PRECISION="float16"
  MODEL_PRECISION="fp16"
fi

echo "Step 1: INT8 calibration cache for ${MODEL_ID}"
python "$CALIBRATION_SCRIPT" \
    --model_id "$MODEL_ID" \
    --calibration_data_dir "$CALIBRATION_DATA_DIR" \
    --output_cache_file "$CALIBRATION_CACHE_FILE" \
    --calib_batch_size 1 \
    --precision "$MODEL_PRECISION"

if [ ! -f "$CALIBRATION_CACHE_FILE" ]; then
    echo "ERROR: calibration cache '$CALIBRATION_CACHE_FILE' not found."
    exit 1
fi

echo "Step 2: building the TensorRT-LLM engine"
mkdir -p "$OUTPUT_ENGINE_DIR"
trtllm build \
    --model_dir "$MODEL_ID" \
    --output_dir "$OUTPUT_ENGINE_DIR" \
    --dtype "$BUILD_PRECISION" \
    --quant_mode "$QUANT_MODE" \
    --int8_kv_cache \
    --quant_ckpt_path "$CALIBRATION_CACHE_FILE" \
    --max_batch_size "$MAX_BATCH_SIZE" \
    --max_input_len "$MAX_INPUT_LEN" \
    --max_output_len "$MAX_OUTPUT_LEN" \
    --tp_size "$TP_SIZE" \
    --pp_size "$PP_SIZE" \
    --paged_kv_cache \
    --trust_remote_code

echo "Engine files are in: $OUTPUT_ENGINE_DIR"
