# conda env
DATASET_FILE_PATH=your_dataset_path
DATASET_FILE_NAME=your_dataset_name
COCO2017TRAIN_PATH=your_coco_train2017_path
MODEL_NAME=your_model_name

deepspeed ./llava/train/train_dpo.py \
    --lora_enable True --lora_r 128 --lora_alpha 256 --mm_projector_lr 2e-5 \
    --deepspeed ./scripts/zero2.json \
    --model_name_or_path liuhaotian/llava-v1.5-13b \
    --version v1 \
    --data_path $DATASET_FILE_PATH/$DATASET_FILE_NAME.json \
    --image_folder $COCO2017TRAIN_PATH \
    --vision_tower openai/clip-vit-large-patch14-336 \
    --mm_projector_type mlp2x_gelu \
    --mm_vision_select_layer -2 \
    --mm_use_im_start_end False \
    --mm_use_im_patch_token False \
    --image_aspect_ratio pad \
    --group_by_modality_length True \
    --bf16 True \
    --output_dir ./exp_results/$MODEL_NAME \
    --num_train_epochs 3 \
    --per_device_train_batch_size 1 \
    --gradient_accumulation_steps 1 \
    --save_strategy "steps" \
    --save_steps 200 \
    --learning_rate 1e-7 \
    --warmup_ratio 0.03 \
    --lr_scheduler_type "cosine" \
    --report_to wandb \
    --tf32 True \
    --model_max_length 2048 \
    --lazy_preprocess True
