# Set TGI like environment variables
NUM_SHARD=${NUM_SHARD:-$(nvidia-smi --list-gpus | wc -l)}
MODEL_PATH=${MODEL_PATH:-"/repository"}
MAX_MODEL_LEN=${MAX_MODEL_LEN:-1}
ENABLE_PREFIX_CACHING=${ENABLE_PREFIX_CACHING:-false}
QUANTIZATION=${QUANTIZATION:-}
DTYPE=${DTYPE:-"auto"}
TRUST_REMOTE_CODE=${TRUST_REMOTE_CODE:-false}
GUIDED_DECODING_BACKEND=${GUIDED_DECODING_BACKEND:-"outlines"}
GPU_MEMORY_UTILIZATION=${GPU_MEMORY_UTILIZATION:-0.9}

# Entrypoint for the OpenAI API server
CMD="vllm serve $MODEL_PATH --host '0.0.0.0' --port 80 --tensor-parallel-size '$NUM_SHARD'"
CMD="$CMD --dtype $DTYPE --guided-decoding-backend $GUIDED_DECODING_BACKEND"
CMD="$CMD --gpu-memory-utilization $GPU_MEMORY_UTILIZATION"

if [ "$MAX_MODEL_LEN" -ne -1 ]; then
    CMD="$CMD --max-model-len $MAX_MODEL_LEN"
fi
if [ "$ENABLE_PREFIX_CACHING" = true ]; then
    CMD="$CMD --enable-prefix-caching"
fi
if [ -n "$QUANTIZATION" ]; then
    CMD="$CMD --quantization $QUANTIZATION"
fi
if [ "$TRUST_REMOTE_CODE" = true ]; then
    CMD="$CMD --trust-remote-code"
fi

eval $CMD
