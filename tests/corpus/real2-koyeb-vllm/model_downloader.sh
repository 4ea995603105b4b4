#!/bin/bash

declare -a globs=("*.json" "tokenizer*" "*.safetensors" "*.bin" "*.pt")

for g in "${globs[@]}"; do
    huggingface-cli download $MODEL_NAME \
        --revision $REVISION \
        --include $g
done
