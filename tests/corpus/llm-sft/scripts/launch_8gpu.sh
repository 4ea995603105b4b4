#!/usr/bin/env bash
# Full fine-tune on one 8xH100 node.
set -euo pipefail

export WANDB_PROJECT=llm-sft
export WANDB_ENTITY=acme-research
export HF_HOME=/mnt/shared/hf_cache
export BASE_MODEL="meta-llama/Llama-3.1-8B-Instruct"
RUN_NAME=${RUN_NAME:-llama31-8b-sft-$(date +%Y%m%d)}
OUTPUT_DIR=outputs/${RUN_NAME}

accelerate launch \
  --config_file configs/accelerate/deepspeed_zero3.yaml \
  --num_processes 8 \
  src/sft/train.py \
  --model_name_or_path ${BASE_MODEL} \
  --tokenizer_name meta-llama/Llama-3.1-8B-Instruct \
  --dataset_name HuggingFaceH4/ultrachat_200k \
  --output_dir ${OUTPUT_DIR} \
  --per_device_train_batch_size 4 \
  --gradient_accumulation_steps 4 \
  --learning_rate 2e-5 \
  --lr_scheduler_type cosine \
  --bf16 \
  --report_to wandb \
  --run_name ${RUN_NAME} \
  --push_to_hub false

# quick sanity eval on the base model for comparison
python scripts/eval_ppl.py --model=mistralai/Mistral-7B-v0.1 --dataset=wikitext --dataset_config wikitext-2-raw-v1 \
    --out results/2024/01/15/mistral.json

rsync -av ${OUTPUT_DIR}/ backup-host:/srv/models/llama-ft/
