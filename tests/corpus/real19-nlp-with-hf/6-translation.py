!pip install transformers datasets evaluate sacrebleu

import evaluate
import numpy as np
import tensorflow as tf
from datasets import load_dataset
from huggingface_hub import notebook_login
from transformers import (AdamWeightDecay, AutoModelForSeq2SeqLM, AutoTokenizer, DataCollatorForSeq2Seq,
                          Seq2SeqTrainer, Seq2SeqTrainingArguments, pipeline)
from transformers.keras_callbacks import KerasMetricCallback, PushToHubCallback

notebook_login()
