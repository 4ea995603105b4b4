source scripts/config.sh

bs_per_gpu=4
grad_acc=4
epochs=1
margin=0
beta=0.1
lr=1e-6
lora_modules="auto"
dataset="VLFeedback"
n_gpu=$(nvidia-smi --list-gpus | wc -l)
global_bs=$((bs_per_gpu * grad_acc * n_gpu))
run="bs_${global_bs}_ep_${epochs}_mg_${margin}_bt_${beta}_lr_${lr}_${dataset}"

accelerate launch --config_file accelerate_config/zero2.yaml --num_processes $n_gpu\
        src/vlrlhf/dpo.py \
        --model_name_or_path ckpts/llava-v1.6-mistral-7b-hf\
        --output_dir ckpts/llava-v1.6-mistral-7b-dpo/$run \
        --dataset_name ${dataset_name_map[$dataset]} \
        --data_path ${dataset_map[$dataset]} \
        --image_root ${image_root_map[$dataset]} \
        --freeze_vision_tower True \
        --use_lora True \
        --use_flash_attention_2 True \
        --lora_r 128 \
        --lora_alpha 256 \
        --lora_target_modules $lora_modules \
        --per_device_train_batch_size $bs_per_gpu \
        --gradient_accumulation_steps $grad_acc \
        --num_train_epochs $epochs \
        --learning_rate $lr \
        --warmup_ratio 0.03 \
        --lr_scheduler_type "cosine" \
        --gradient_checkpointing True \
        --bf16 True \
        --score_margin $margin \
        --remove_unused_columns False \
        --beta $beta \
        --max_length 1024 \
        --max_prompt_length 512 \
        --save_strategy "steps" \
        --save_steps 100 \
        --report_to wandb \
        --run_name  $run\
        --project_name "VL-RLHF" \
        --group_name "llavanext-mistral7b-dpo"
