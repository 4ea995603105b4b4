#!/usr/bin/env python3
"""
esm_embed_fastas.py — Compute ESM-2 embeddings for sequences in one or more FASTA files.

What it does
------------
• Reads one or more multi-FASTA files.
• For every record, computes:
    - Sequence-level embedding (mean over residues by default).
    - (Optional) per-residue embeddings (saved to NPZ).
• No WT/mutation logic; sequences are treated independently.
• Handles long proteins via sliding windows.

Outputs
-------
• <basename>_seqemb.csv       (sequence-level embeddings)
• (optional) <basename>_siteemb.npz  (per-residue arrays keyed by record_id)

Usage
-----
python esm_embed_fastas.py data/*.fasta \
  --out-dir embeds/ \
  --model-id facebook/esm2_t33_650M_UR50D \
  --pool mean --layer-agg last

# also dump per-residue embeddings:
python esm_embed_fastas.py proteins.faa --dump-site-emb

Notes
-----
• Uses ESM-2 via Hugging Face transformers.
• Default context ~1022 residues; longer sequences are windowed with overlap (merge by averaging).
• GPU is auto-detected; use --cpu to force CPU.
"""

import argparse
from pathlib import Path
from typing import List, Tuple, Dict
import numpy as np
import torch
from transformers import AutoTokenizer, AutoModelForMaskedLM
import csv
import sys
import math

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
        raise ValueError(f"No records read from FASTA: {path}")
    return records

def load_esm2(model_id: str, device: torch.device):
    tok = AutoTokenizer.from_pretrained(model_id)
    mdl = AutoModelForMaskedLM.from_pretrained(model_id)
    mdl.eval().to(device)
    return tok, mdl
