# Custom dataset format reference: https://swift.readthedocs.io/en/latest/Customization/Custom-dataset.html
CUDA_VISIBLE_DEVICES=0 \
swift sft \
    --model Qwen/Qwen2.5-0.5B \
    --train_type lora \
    --dataset '<your-dataset>' \
    --split_dataset_ratio 0.01 \
    --torch_dtype bfloat16 \
    --num_train_epochs 1 \
    --per_device_train_batch_size 16 \
    --learning_rate 1e-4 \
    --lora_rank 8 \
    --lora_alpha 32 \
    --target_modules all-linear \
    --eval_steps 100 \
    --save_steps 100 \
    --max_length 2048 \
    --output_dir output \
    --num_labels '<num-labels>' \
    --task_type seq_cls \
    --use_chat_template false \
    --problem_type multi_label_classification
