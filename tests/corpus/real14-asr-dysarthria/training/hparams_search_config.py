config = {
    "data_path": "/teamspace/uploads/uaspeechall/data",
    "hparam_search_num_files": 1,
    "model_name": "facebook/wav2vec2-large-xls-r-300m",
    "output_dir": "./results",
    "batch_size": 16,
    "num_epochs": 10,
    "save_steps": 500,
    "eval_steps": 500,
    "logging_steps": 500,
    "push_to_hub": False,
}
