

Config = {
    "train_data_path": "/mnt/data/prompt-tuning-methods-huggingface/dataset/train",
    "valid_data_path": "/mnt/data/prompt-tuning-methods-huggingface/dataset/valid",
    "train_output_dir": "/mnt/data/prompt-tuning-methods-huggingface/output/mt0-large-lora",
    "model_output_dir": "/mnt/data/prompt-tuning-methods-huggingface/output/model_weights",
    "tokenizer_path": "/mnt/data/prompt-tuning-methods-huggingface/models/bert-base-chinese",
    
}