IMG_WIDTH = 480
IMG_HEIGHT = 320
BATCH_SIZE = 16
EPOCHS = 18
LEARNING_RATE = 1e-4
PATIENCE_EPOCHS = 3
WARMUP_EPOCHS = 2
AUGMENTED_COPIES = 5
WEIGHT_DECAY = 2e-2

CLASSES = [
    'healthy',
    'scab',
    'frog_eye_leaf_spot',
    'rust',
    'powdery_mildew',
    'complex'
]

THRESHOLD = 0.35
