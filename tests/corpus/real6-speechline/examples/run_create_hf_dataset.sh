python scripts/create_hf_dataset.py \
    --input_dir ../bookbot_en_training \
    --dataset_name bookbot/bookbot_en_v3 \
    --private True \
    --phonemize True
