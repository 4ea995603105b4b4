import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from sklearn.model_selection import train_test_split
from tqdm.notebook import tqdm
from transformers import AutoModel, AutoTokenizer

from ..config.default import deberta_config
from ..utils.corpus_handlers import load_dataset
from ..utils.model_handlers import load_tokenizer
