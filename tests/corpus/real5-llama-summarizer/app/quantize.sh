#!/bin/sh
mkdir -p ./models

# fetch the base checkpoint
huggingface-cli download "meta-llama/Llama-3.2-1B-Instruct" --local-dir "./models" --include "*"

# HF -> GGUF
python /Users/dev/src/llama.cpp/convert_hf_to_gguf.py ./models

# quantize
llama-quantize ./models/Models-1.2B-F16.gguf ./models/Q4_K_M.gguf Q4_K_M
