DATASET_DIR = "train_eggyboi/"
DATA_TEXT_PATH = "train_eggyboi.txt"
MODEL_NAME = "gpt2"
