# config.py

DATASET_NAME = "ajibawa-2023/Children-Stories-Collection"
MODEL_NAME = "gpt2"
OUTPUT_DIR = "./children-book-model"
CACHE_DIR = "./hf_cache"
TRAINED_DATASET_PATH = "./tokenized_dataset"
MAX_LENGTH = 512
BATCH_SIZE = 4
NUM_EPOCHS = 3
