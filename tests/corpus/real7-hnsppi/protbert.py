import re

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer, pipeline

tok = AutoTokenizer.from_pretrained("Rostlab/prot_bert", do_lower_case=False)
encoder = AutoModel.from_pretrained("Rostlab/prot_bert")
extract = pipeline('feature-extraction', model=encoder, tokenizer=tok, device=0)

seq = "MTCTLVLLIASVLHFRMRGSCLLDIERFPVIPGTIYAGHIAYCAILYFLHDLEILPTRYRSRMGWLTTFLIELVLGVAFMEV"
seq = " ".join(re.sub(r"[UZOB]", "X", seq))
features = np.array(extract(seq))
print(features.shape)
