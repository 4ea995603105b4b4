#!/usr/bin/env bash
set -euo pipefail
mkdir -p models datasets

git lfs install
git clone https://huggingface.co/microsoft/Phi-3.5-mini-instruct models/phi35
GIT_LFS_SKIP_SMUDGE=1 git clone git@hf.co:spaces/gradio/chatbot_streaming spaces/chatbot
git clone https://huggingface.co/datasets/nvidia/HelpSteer2 datasets/helpsteer2

wget -q https://huggingface.co/TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF/resolve/main/tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf -O models/tinyllama.gguf
curl -L -o models/ggml-base.en.bin "https://hf.co/ggerganov/whisper.cpp/resolve/main/ggml-base.en.bin?download=true"

hf download --repo-type dataset HuggingFaceH4/no_robots --local-dir datasets/no_robots
huggingface-cli download --repo-type space --revision main hf-audio/open_asr_leaderboard --local-dir spaces/open_asr
huggingface-cli download intfloat/e5-small-v2 --cache-dir /scratch/hf
aria2c -x 16 https://github.com/ggerganov/llama.cpp/releases/download/b3600/llama-b3600-bin-ubuntu-x64.zip -d bin/

echo "fetched $(du -sh models | cut -f1) on $(date +%Y/%m/%d)"
