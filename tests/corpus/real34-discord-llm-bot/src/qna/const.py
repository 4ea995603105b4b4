# model_name = "google/flan-t5-small"
MODEL_NAME = "sentence-transformers/all-mpnet-base-v2"
