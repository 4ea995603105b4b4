import torch
import torch.nn as nn
import torch.nn.functional as F
from huggingface_hub import login
from esm.models.esm3 import ESM3
from esm.sdk.api import ESM3InferenceClient, ESMProtein, GenerationConfig

# -----------------------
## CONFIG SETTINGS
# -----------------------

# -----------------------
## LOAD DATA
# -----------------------

# -----------------------
## LOAD MODEL
# -----------------------

# -----------------------
## TRAIN MODEL
# -----------------------

# -----------------------
## SAVE
# -----------------------