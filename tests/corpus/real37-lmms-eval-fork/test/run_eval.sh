#!/bin/bash

# defaults, overridable through LMMS_* environment variables
DEFAULT_MODEL="qwen2_5_vl"
DEFAULT_TASKS="megabench_open"
DEFAULT_BATCH_SIZE="1"
DEFAULT_PORT="12345"
DEFAULT_MAX_PIXELS="376320"
DEFAULT_LOG_SAMPLES="false"
DEFAULT_OUTPUT_PATH="./logs/"
DEFAULT_DRY_RUN="false"

MODEL=${LMMS_MODEL:-$DEFAULT_MODEL}
TASKS=${LMMS_TASKS:-$DEFAULT_TASKS}
BATCH_SIZE=${LMMS_BATCH_SIZE:-$DEFAULT_BATCH_SIZE}
PORT=${LMMS_PORT:-$DEFAULT_PORT}
MAX_PIXELS=${LMMS_MAX_PIXELS:-$DEFAULT_MAX_PIXELS}
LOG_SAMPLES=${LMMS_LOG_SAMPLES:-$DEFAULT_LOG_SAMPLES}
OUTPUT_PATH=${LMMS_OUTPUT_PATH:-$DEFAULT_OUTPUT_PATH}
DRY_RUN=${LMMS_DRY_RUN:-$DEFAULT_DRY_RUN}

export HF_HOME=/home/huanan/.cache/huggingface/

while [[ "$#" -gt 0 ]]; do
    case $1 in
        --model) MODEL="$2"; shift ;;
        --tasks) TASKS="$2"; shift ;;
        --batch-size) BATCH_SIZE="$2"; shift ;;
        --port) PORT="$2"; shift ;;
        --max-pixels) MAX_PIXELS="$2"; shift ;;
        --log-samples) LOG_SAMPLES="true" ;;
        --output-path) OUTPUT_PATH="$2"; shift ;;
        --dry-run) DRY_RUN="true" ;;
        --help)
            echo "Usage: $0 [--model M] [--tasks T] [--batch-size N] [--port P] [--log-samples] [--dry-run]"
            exit 0
            ;;
        *) echo "Unknown parameter: $1"; exit 1 ;;
    esac
    shift
done

case $MODEL in
    "qwen2_5_vl")
        MODEL_ARGS="pretrained=Qwen/Qwen2.5-VL-3B-Instruct,max_pixels=$MAX_PIXELS,interleave_visuals=False"
        ;;
    "qts_plus_3b")
        MODEL_ARGS="pretrained=/home/huanan/work/QTSplusQwenVL2_5-3B/QTSplusQwenVL2_5,max_pixels=$MAX_PIXELS"
        ;;
    *)
        if [[ -n "${LMMS_MODEL_ARGS}" ]]; then
            MODEL_ARGS="${LMMS_MODEL_ARGS}"
        else
            echo "Error: Unknown model '$MODEL' and no LMMS_MODEL_ARGS provided"
            exit 1
        fi
        ;;
esac

CMD="accelerate launch --main_process_port=$PORT -m lmms_eval"
CMD+=" --model $MODEL"
CMD+=" --model_args=\"$MODEL_ARGS\""
CMD+=" --tasks $TASKS"
CMD+=" --batch_size $BATCH_SIZE"

if [[ "$LOG_SAMPLES" == "true" ]]; then
    CMD+=" --log_samples --log_samples_suffix ${MODEL}_${TASKS} --output_path $OUTPUT_PATH"
fi

echo "Running: $CMD"
if [[ "$DRY_RUN" == "true" ]]; then
    echo "Dry run mode - command not executed"
else
    eval $CMD
fi
