DATASET_NAME = "Idavidrein/gpqa"
DATASET_SUBSET = "gpqa_diamond"
DATASET_SPLIT = "train"
DATASET_FILTERS = None

# DATASET_NAME = "m-a-p/SuperGPQA"
# DATASET_SUBSET = None
# DATASET_SPLIT = "train"

# MODEL_NAME = "x-ai/grok-4.1-fast:free"

MODEL_NAME = "meta-llama/llama-3.1-8b-instruct"

TEMPERATURE = 0.5

MAX_TOKENS = 15000
REASONING_EFFORT = None
REASONING_MAX_TOKENS = None

NUM_QUESTIONS = 198
RANDOM_SEED = 42
NUM_CHOICES = 2

RERUN = True  # recompute even when a cached answer exists
LENIENT_PARSING = False

SPECIFIC_QUESTION_IDXS = None

MAX_THREADS = 2000
