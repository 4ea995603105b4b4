python scripts/prepare_slimpajama.py \
    --source_path /data/datasets/cerebras/SlimPajama-627B \
    --tokenizer_path /data/datasets/tokenizers/yiLlamaTokenizer \
    --destination_path /data/datasets_bak/processed/yi_llama2_tokenize_data/slimpajama_train \
    --split train --percentage 1.0