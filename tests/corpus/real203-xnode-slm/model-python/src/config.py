config = {
    "model_name": "distilbert-base-uncased",
    "max_length": 64,
    "batch_size": 8,
    "learning_rate": 3e-5,
    "epochs": 6,
    "weight_decay": 0.01,
    "warmup_ratio": 0.1,
    "seed": 42
}
