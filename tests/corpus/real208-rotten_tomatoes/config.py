config = {
    ## DATA
    "dataset_name": "rotten_tomatoes",
    "batch_size": 128,
    "dataset_local_path": "/home/bszafranski/projects/private/rotten_tomatoes/data/dataset_tokenized",
    ## tokenizer & model
    "model_checkpoint": "bert-base-uncased",
    "baseline_model_checkpoint": "bert-base-uncased",
    ## other
    "seed": 42,
}
