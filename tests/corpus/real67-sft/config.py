model_dir = {
    "qwen2.5-7b": "/mnt/rangehow/models/Qwen2.5-7B-Instruct",
    "gemma-2b": "/niutrans/NEUNLP/rjh/models/gemma-2b",
    "gemma2-27b-it": "/niutrans/NEUNLP/rjh/models/gemma-2-27b-it",
    "qwen2.5-1.5b":"/niutrans/NEUNLP/rjh/models/Qwen2.5-1.5B"
}

dataset_dir = {
    "alpaca_gpt4": "vicgalle/alpaca-gpt4",
    "code": "m-a-p/CodeFeedback-Filtered-Instruction",
    "math": "lighteval/MATH",
}

comet_path="/niutrans/NEUNLP/rjh/models/wmt22-comet-da/checkpoints/model.ckpt"