#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
NLLB Fine-tuning and Evaluation Script
Fine-tune NLLB-200 models for new language pairs with optional vocabulary extension.
Supports JSON/JSONL data formats for train, test, and dev splits.
Can be used for training, evaluation, or inference only.
Enhanced with multiple evaluation metrics: BLEU, chrF, COMET, etc.
"""

import argparse
import gc
import json
import logging
import os
import random
import re
import sys
import typing as tp
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from sacremoses import MosesPunctNormalizer
from sklearn.model_selection import train_test_split
from tqdm.auto import tqdm, trange
from transformers import (
    AutoModelForSeq2SeqLM,
    NllbTokenizer,
    get_constant_schedule_with_warmup
)
from transformers.optimization import Adafactor

# Evaluation metrics imports
try:
    import sacrebleu
    SACREBLEU_AVAILABLE = True
except ImportError:
    SACREBLEU_AVAILABLE = False
    print("Warning: sacrebleu not available. Install with: pip install sacrebleu")

try:
    from comet import download_model, load_from_checkpoint
    COMET_AVAILABLE = True
except ImportError:
    COMET_AVAILABLE = False
    print("Warning: comet-ml not available. Install with: pip install unbabel-comet")

# Setup logging
logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(levelname)s - %(message)s')
logger = logging.getLogger(__name__)


class MetricsCalculator:
    """Handles calculation of various translation metrics"""
    
    def __init__(self, metrics=None, comet_model=None):
        self.metrics = metrics or ['exact_match']
        self.comet_model_path = comet_model
        self.comet_model = None
        
        # Initialize COMET model if requested
        if 'comet' in self.metrics and COMET_AVAILABLE and self.comet_model_path:
            try:
                logger.info(f"Loading COMET model: {self.comet_model_path}")
                self.comet_model = load_from_checkpoint(self.comet_model_path)
                logger.info("COMET model loaded successfully")
            except Exception as e:
                logger.error(f"Failed to load COMET model: {e}")
                self.metrics = [m for m in self.metrics if m != 'comet']
