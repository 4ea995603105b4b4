DATA_DIR = 'datasets/'
MODELS_DIR = 'models/'

# ==========================================
# =========  BERT PARAMETERS ===============
# ==========================================
BERT_MODEL = 'bert-base-uncased'
DO_LOWERCASE = True
MAX_SEQ_LENGTH = 96
NUM_EPOCHS = 4.0
BATCH_SIZE = 5
