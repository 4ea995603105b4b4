#!/bin/bash
PROMPT_VERSION=llava_llama_3
DATA_ROOT=./dataset
MODEL_VERSION='Meta-Llama-3-8B-Instruct'

deepspeed --master_port 12347 llava/train/train_mem.py \
    --deepspeed ./scripts/zero3.json \
    --model_name_or_path ./checkpoints/$MODEL_VERSION \
    --version $PROMPT_VERSION \
    --data_path $DATA_ROOT/vip-llava_stage2_mix.json \
    --image_folder $DATA_ROOT \
    --vision_tower clip_4layers_336 \
    --pretrain_mm_mlp_adapter ./checkpoints/vip-llava-$MODEL_VERSION-pretrain/mm_projector.bin \
    --mm_projector_type mlp2x_gelu \
    --mm_vision_select_layer -2 \
    --mm_use_im_start_end False \
    --mm_use_im_patch_token False \
    --image_aspect_ratio pad \
    --bf16 True \
    --output_dir ./checkpoints/vip-llava-$MODEL_VERSION-stage2-ft \
    --num_train_epochs 1 \
    --per_device_train_batch_size 8 \
    --gradient_accumulation_steps 2 \
    --save_strategy "steps" \
    --save_steps 50000 \
    --learning_rate 2e-5 \
    --warmup_ratio 0.03 \
    --lr_scheduler_type "cosine" \
    --tf32 True \
    --model_max_length 2048 \
    --gradient_checkpointing True \
    --lazy_preprocess True \
    --report_to wandb
