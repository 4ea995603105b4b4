# modules/image_recognition/config.py
NUM_CLASSES = 36  # 根据实际矿物类别数调整
MODEL_NAME = 'convit_tiny'
LEARNING_RATE = 1e-4
NUM_EPOCHS = 25
BATCH_SIZE = 64
