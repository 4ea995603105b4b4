class Config:
    # data
    DATASET_PATH = 'dataset'
    PLUGINS_PATH = 'aurras/plugins'
    PROMPT_PADDING = 128

    # model
    PRETRAINED_PATH = 'aurras/core/model/pretrained'
    MODEL_NAME = 'distilbert-base-uncased'

    # training
    EPOCHS = 2