# Experimental environment: 4 * A100
# 4 * 72 GPU memory
# CUDA_VISIBLE_DEVICES=0,1,2,3 \
# NPROC_PER_NODE=$nproc_per_node \

# swift sft \
#     --model_type internvl-chat-v1_5 \
#     --sft_type full \
#     --custom_train_dataset_path wind_gust_dataset/train_swift.json \
#     --custom_val_dataset_path wind_gust_dataset/test_swift.json \
#     --output_dir output_internvl_chat \
#     --batch_size "1" \
#     --learning_rate "1e-4" \
#     --gradient_accumulation_steps "16" \
#     --deepspeed default-zero3 \

CUDA_VISIBLE_DEVICES=0,1,2,3
swift sft \
--sft_type "full" \
--model_id_or_path "AI-ModelScope/InternVL-Chat-V1-5" \
--template_type "internvl" \
--custom_train_dataset_path finetune_dataset/train.json \
--custom_val_dataset_path finetune_dataset/test.json \
--save_steps "20" \
--lora_target_modules c_attn \
--batch_size "8" \
--learning_rate "1e-04" \
--gradient_accumulation_steps "16" \
--eval_batch_size "8" \
--add_output_dir_suffix False \
--output_dir output_internvl \
--logging_dir output_internvl \
