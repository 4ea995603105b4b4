MASTER_PORT=29503 \
NPROC_PER_NODE=4 \
CUDA_VISIBLE_DEVICES=4,5,6,7 \
swift rlhf \
--rlhf_type grpo \
--model_type got_ocr2 \
--ckpt_dir /home/chenzhuofan/czf/tuzhi_extract/output_sft/open2_mini/v0-20250510-185809/checkpoint-155 \
--external_plugins /home/chenzhuofan/czf/tuzhi_extract/grpo/plugin.py \
--reward_funcs choice_accuracy \
--train_type full \
--torch_dtype bfloat16 \
--dataset '/home/chenzhuofan/czf/tuzhi_extract/data/grpo/choice.jsonl' \
--max_length 12800 \
--max_completion_length 128 \
--num_train_epochs 1 \
--per_device_train_batch_size 8 \
--learning_rate 1e-6 \
--save_strategy 'steps' \
--save_steps 1000 \
--output_dir /home/chenzhuofan/czf/tuzhi_extract/output_grpo/choice_test \
--num_generations 4 \
--temperature 1 \
--beta 0.001
