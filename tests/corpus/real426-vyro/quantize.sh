#!/bin/bash
set -e

echo "Setting up llama.cpp..."
if [ ! -d "llama.cpp" ]; then
    git clone https://github.com/ggerganov/llama.cpp
fi

cd llama.cpp
make -j

echo "Installing convert requirements..."
pip install -r requirements.txt

echo "Converting HuggingFace model to GGUF (F16)..."
python convert_hf_to_gguf.py ../merged_model --outfile ../model-f16.gguf

echo "Quantizing to Q4_K_M..."
./llama-quantize ../model-f16.gguf ../model-q4_k_m.gguf Q4_K_M

echo "Done! Quantized model saved as model-q4_k_m.gguf"
rm ../model-f16.gguf # Clean up F16 model
