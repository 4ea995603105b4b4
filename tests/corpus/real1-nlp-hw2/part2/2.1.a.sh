#!/bin/bash

# env vars (wandb key etc.)
source .env
export WANDB_NAME="TASK_2_1_1"

# baseline eval with lighteval on vllm
lighteval vllm \
  "model_name=Qwen/Qwen2.5-0.5B-Instruct,dtype=bfloat16,max_model_length=4096,gpu_memory_utilization=0.9,generation_parameters={max_new_tokens:4096,temperature:0.6}" \
  "lighteval|gsm8k|5" \
  --wandb --save-details
