#!/bin/bash
# lit-gpt style: weights go to checkpoints/<org>/<name>
litgpt download meta-llama/Llama-2-7b-hf --access_token "$HF_TOKEN"
litgpt download --repo_id microsoft/phi-2
litgpt finetune_lora checkpoints/meta-llama/Llama-2-7b-hf --data Alpaca2k --config litgpt/finetune_lora.yaml
litgpt chat --checkpoint_dir out/finetune/lora-llama2-7b/final
