#!/bin/bash
# llama.cpp server straight from the Hub (needs a build with LLAMA_CURL=1)
./llama-server -hf bartowski/Qwen2.5-7B-Instruct-GGUF:Q4_K_M --port 8080 -c 8192 &

./llama-cli --hf-repo ggml-org/gemma-3-1b-it-GGUF --hf-file gemma-3-1b-it-Q4_K_M.gguf -p "The meaning of life is"

# classic: download then point at the file
huggingface-cli download TheBloke/Llama-2-13B-chat-GGUF llama-2-13b-chat.Q5_K_M.gguf --local-dir ./models --local-dir-use-symlinks False
./llama-server -m ./models/llama-2-13b-chat.Q5_K_M.gguf --alias llama2-13b

# convert our own fine-tune
python convert_hf_to_gguf.py ../outputs/llama-ft --outfile ../outputs/llama-ft.gguf --outtype q8_0

# mlx on the laptop
mlx_lm.generate --model mlx-community/Meta-Llama-3.1-8B-Instruct-4bit --prompt "hello" --max-tokens 64
python -m mlx_lm.lora --model mistralai/Mistral-7B-Instruct-v0.3 --train --data ./data/mlx --iters 600
python -m mlx_lm.convert --hf-path google/gemma-2-9b-it -q --upload-repo acme/gemma-2-9b-it-4bit
