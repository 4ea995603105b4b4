#!/usr/bin/env sh
# Pull everything the app needs on a fresh dev box.
set -e
ollama pull llama3.1:8b
ollama pull llama3:8b
ollama pull nomic-embed-text
ollama run hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M "say hi"
ollama run huggingface.co/TheBloke/Mistral-7B-Instruct-v0.2-GGUF:Q5_K_M "say hi"
docker model run hf.co/unsloth/gemma-3-4b-it-GGUF
curl -fsSL https://ollama.com/install.sh -o /tmp/install.sh
huggingface-cli download BAAI/bge-small-en-v1.5 --local-dir models/bge-small
mkdir -p storage/chroma data/docs
echo "done: $(date +%Y/%m/%d)"
