# conda env
source activate [your env path]/envs/POVID
cd ..
deepspeed llava/train/train_dpo_inherent.py \
    --lora_enable True --lora_r 128 --lora_alpha 256 --mm_projector_lr 2e-5 \
    --deepspeed ./scripts/zero2.json \
    --model_name_or_path ./checkpoint/output/POVID_stage_one_merged \
    --version v1 \
    --data_path ./data/POVID_preference_data_for_VLLMs.json \
    --image_folder ./data/coco \
    --vision_tower openai/clip-vit-large-patch14-336 \
    --mm_projector_type mlp2x_gelu \
    --mm_vision_select_layer -2 \
    --mm_use_im_start_end False \
    --mm_use_im_patch_token False \
    --image_aspect_ratio pad \
    --group_by_modality_length True \
    --bf16 True \
    --output_dir ./checkpoint/output/POVID_stage_two_LoRa \
    --num_train_epochs 1 \
    --per_device_train_batch_size 1\
    --gradient_accumulation_steps 1 \
    --save_strategy "steps" \
    --save_steps 200 \
    --learning_rate 1e-7 \
    --warmup_ratio 0.03 \
    --lr_scheduler_type "cosine" \
    --logging_steps 1 \
    --report_to wandb
    --tf32 True \
    --model_max_length 1024 \
    --gradient_checkpointing True \
    --lazy_preprocess True \
