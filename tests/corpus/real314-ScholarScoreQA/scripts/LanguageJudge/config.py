# language_judge/config.py

OPENAI_MODEL = "gpt-4.1"

# Paper-specified weights
WEIGHT_CORRECTNESS = 0.4
WEIGHT_GROUNDEDNESS = 0.3
WEIGHT_FLUENCY = 0.2
WEIGHT_FORMAT = 0.1
