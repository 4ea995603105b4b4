t5_models = {
    0: "model_checkpoints/t5_baseline_pretrained/checkpoint-3900",
    32: "model_checkpoints/t5_baseline_finetuned/t5_finetune_42_32/checkpoint-10",
    128: "model_checkpoints/t5_baseline_finetuned/t5_finetune_42_128/checkpoint-10",
    512: "model_checkpoints/t5_baseline_finetuned/t5_finetune_42_512/checkpoint-10"
}


spinter_model = {
    0: "model_checkpoints/t5_splinter_pretrained/checkpoint-2400/checkpoint-10",
    32: "model_checkpoints/t5_splinter_finetuned/splinter_finetune_42_32/checkpoint-10",
    128: "model_checkpoints/t5_splinter_finetuned/splinter_finetune_42_128/checkpoint-10",
    512: "model_checkpoints/t5_splinter_finetuned/splinter_finetune_42_512/checkpoint-10"
}