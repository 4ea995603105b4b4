#!/bin/bash

# defaults, overridable from the Space settings
MODEL=${MODEL:-"microsoft/Phi-3-mini-4k-instruct"}
DTYPE=${DTYPE:-"half"}
MAX_BATCHED=${MAX_BATCHED:-512}
MAX_SEQS=${MAX_SEQS:-16}
GPU_UTIL=${GPU_UTIL:-0.85}
MAX_LEN=${MAX_LEN:-512}
EAGER=${EAGER:-true}

for d in /tmp/huggingface /tmp/cache /tmp/numba_cache /tmp/config; do
    mkdir -p "$d"
    chmod -R 777 "$d"
done

CMD="vllm serve $MODEL \
--host 0.0.0.0 \
--port 8000 \
--dtype $DTYPE \
--max-num-batched-tokens $MAX_BATCHED \
--max-num-seqs $MAX_SEQS \
--gpu-memory-utilization $GPU_UTIL \
--max-model-len $MAX_LEN"

if [ "$EAGER" = "true" ]; then
    CMD="$CMD --enforce-eager"
fi

echo "Running: $CMD"
exec $CMD
