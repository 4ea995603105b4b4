#!/usr/bin/env bash
# finetrainers LTX-Video LoRA
export WANDB_MODE="offline"
export FINETRAINERS_LOG_LEVEL=DEBUG

DATA_ROOT="/raid/datasets/crush-smol"
MODEL_ARGS=(
  --model_name ltx_video
  --pretrained_model_name_or_path Lightricks/LTX-Video
)
DATASET_ARGS=(
  --dataset_config configs/ltx/dataset.json
  --dataset_shuffle_buffer_size 10
)
accelerate launch --config_file accelerate_configs/uncompiled_2.yaml --gpu_ids 0,1 train.py \
  "${MODEL_ARGS[@]}" "${DATASET_ARGS[@]}" \
  --training_type lora --rank 128 --lora_alpha 128 \
  --output_dir /raid/aryan/ltx-video \
  --validation_dataset finetrainers/crush-smol-validation
