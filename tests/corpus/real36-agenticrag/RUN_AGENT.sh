#!/bin/bash

# activate the venv
source .venv/bin/activate

# go to the agent folder
cd AgenticRAG/AGENT

# start training
python src/rl_fine_tuning/train.py \
  --model "Qwen/Qwen2.5-0.5B-Instruct" \
  --gradient_checkpointing \
  --cpu_offload \
  --sequential_batching \
  --num_samples 3 \
  --max_length 100 \
  --inference_no_grad
