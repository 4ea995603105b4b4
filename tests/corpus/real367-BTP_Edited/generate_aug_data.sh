python generate_augmented_dataset.py \
    --data_path path/to/input/data.json \
    --save_path path/to/augmented_data.json \
    --api_key your_openai_api_key \
    --model gpt-4 \
    --batch_size 5 \
    --max_tokens 1000