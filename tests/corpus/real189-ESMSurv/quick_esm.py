#!/usr/bin/env python3
"""
Quick and dirty pll calculation 

"""

import os
os.environ["CUDA_LAUNCH_BLOCKING"] = "1"
os.environ["PYTORCH_CUDA_ALLOC_CONF"] = "expandable_segments:True"

import argparse
import itertools
import json
from pathlib import Path
from typing import Dict, List, Tuple, Iterable
import numpy as np
import csv
import torch
from transformers import AutoModelForMaskedLM, AutoTokenizer

AA20 = set(list("ACDEFGHIKLMNPQRSTVWY"))  # standard 20

ESM1V_MODELS = [
    "facebook/esm1v_t33_650M_UR90S_1",
    "facebook/esm1v_t33_650M_UR90S_2",
    "facebook/esm1v_t33_650M_UR90S_3",
]


def read_fasta(path: Path) -> List[Tuple[str, str]]:
    records = []
    header, seq = None, []
    with path.open() as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            if line.startswith(">"):
                if header is not None:
                    records.append((header, "".join(seq).upper().replace(" ", "")))
                header = line[1:].strip()
                seq = []
            else:
                seq.append(line)
        if header is not None:
            records.append((header, "".join(seq).upper().replace(" ", "")))
    if not records:
        raise ValueError("No records read from FASTA.")
    return records



def load_models(names: List[str], device: torch.device):
    tok = AutoTokenizer.from_pretrained(names[0])
    models = []
    for nm in names:
        mdl = AutoModelForMaskedLM.from_pretrained(nm,torch_dtype=torch.float16)
        mdl.to(device)
        mdl.eval()
        models.append(mdl)
    return tok, models
