PRETRAINED_MODEL_NAME = 'google/mt5-base'
PRETRAINED_SAVE_DIRECTORY = 'models/mt5_model_base'

DATASET_NAME = 'wmt/wmt19'
DATASET_LANGUAGE_PAIR = 'cs-en'
DATASET_SAVE_DIRECTORY = 'datasets/wmt19_cs_en'