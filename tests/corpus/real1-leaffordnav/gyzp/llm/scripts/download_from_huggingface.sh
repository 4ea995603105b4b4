#!/bin/bash

# pip install -U huggingface-hub

# use the HF mirror
export HF_ENDPOINT=https://hf-mirror.com

# run from the llm/ folder
cd "$(dirname "$0")"/..

# fetch the base model
huggingface-cli download --resume-download Qwen/Qwen2-7B --local-dir ./temp/models/Qwen2-7B
