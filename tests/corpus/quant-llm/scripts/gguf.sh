#!/usr/bin/env bash
set -euo pipefail
MODEL_DIR=${1:-checkpoints/support-llama-3.1-8b}
python llama.cpp/convert_hf_to_gguf.py "$MODEL_DIR" --outtype bf16 --outfile gguf/support-8b-bf16.gguf
./llama.cpp/llama-imatrix -m gguf/support-8b-bf16.gguf -f calibration/groups_merged.txt -o gguf/imatrix.dat
for q in Q4_K_M Q5_K_M Q8_0; do
  ./llama.cpp/llama-quantize --imatrix gguf/imatrix.dat gguf/support-8b-bf16.gguf "gguf/support-8b-${q}.gguf" "$q"
done
python exllamav2/convert.py -i "$MODEL_DIR" -o /tmp/exl2 -cf exl2/support-8b-4.0bpw -b 4.0
huggingface-cli upload acme/support-llama-3.1-8b-GGUF gguf/ --include "*.gguf"
hf download bartowski/calibration_datav3 --repo-type dataset --local-dir calibration/
