python ../train.py \
    --model_name '../../huggingface/Llama-3.2-3B-Instruct' \
    --dataset_path './datasets/llama3.2-3b_tokenized' \
    --output_dir './models/llama3.2-3b-10000' \
    --train_name 'llama3.2-3b-10000'