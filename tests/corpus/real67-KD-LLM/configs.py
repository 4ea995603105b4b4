# Default configuration settings for the model and dataset

# DEFAULT_MODEL_NAME = "openai-community/gpt2-medium"
# DEFAULT_DATASET_NAME = "mandarjoshi/trivia_qa"
# DEFAULT_DATASET_CONFIG = 'unfiltered.nocontext'
# DEFAULT_MAX_LENGTH = 50
# DEFAULT_NUM_BEAMS = 5

# DEFAULT_MODEL_NAME = "openai-community/gpt2-medium"
DEFAULT_MODEL_NAME = "openlm-research/open_llama_3b_v2"
DEFAULT_DATASET_PATH = "data/nli/validation.json"
DEFAULT_MAX_LENGTH = 50
DEFAULT_NUM_BEAMS = 1
DEFAULT_BATCH_SIZE = 16
DEFAULT_LEARNING_RATE = 1e-3
DEFAULT_TRAINING_EPOCH = 500
