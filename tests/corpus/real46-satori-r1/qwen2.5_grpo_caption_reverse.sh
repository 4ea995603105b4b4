CUDA_VISIBLE_DEVICES=0,1,2,3,4,5,6,7 \
NPROC_PER_NODE=8 \
MAX_PIXELS=401408 \
swift rlhf \
    --rlhf_type grpo \
    --model Qwen/Qwen2.5-VL-3B-Instruct \
    --external_plugins ./plugin_caption.py \
    --reward_funcs external_format external_bbox_acc extern_vqa_acc external_caption_acc \
    --train_type lora \
    --lora_rank 8 \
    --lora_alpha 32 \
    --target_modules all-linear \
    --torch_dtype bfloat16 \
    --dataset /data1/cache/huggingface/hub/datasets--deepcs233--Visual-CoT/snapshots/041786024efbac07ab71767ee080c4cbbfb82400/process_metadata/dataset_with_caption.jsonl \
    --max_completion_length 1024 \
    --num_train_epochs 1 \
    --per_device_train_batch_size 1 \
    --learning_rate 1e-5 \
    --eval_steps 100 \
    --save_steps 100 \
    --logging_steps 5 \
    --max_length 2048 \
    --output_dir output \
    --num_generations 8 \
    --temperature 0.9 \
    --system '/home/scm/Reasoning/prompt.txt' \
    --log_completions true
