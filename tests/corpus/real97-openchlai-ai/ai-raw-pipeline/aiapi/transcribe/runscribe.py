#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""
Transcription Service with Database Integration

This service processes audio files for cases that need transcription.
It queries the database for pending cases, finds the corresponding audio files,
transcribes them using multiple models, and updates the database with the results.

Usage:
    python transcription_service.py

Author: Updated script based on original
"""

from __future__ import (
    unicode_literals,
    print_function
    )

import os
import re
import glob
import traceback
import torch
import shutil
import librosa
from time import sleep, time
import importlib
import sys
from core import creds
from transformers import WhisperProcessor, WhisperForConditionalGeneration, Wav2Vec2Processor, Wav2Vec2ForCTC
import whisper
import logging

# Set up logging
logging.basicConfig(
    level=logging.INFO,
    format='%(asctime)s - %(name)s - %(levelname)s - %(message)s'
)
logger = logging.getLogger('transcription_service')

# Paths
AUDIO_DIR = os.path.join(creds.DATASETS, "audio")
DONE_DIR = os.path.join(creds.DATASETS, "audio_done")
HF_MEDIUM_FINETUNED_MODEL_PATH = "/home/bitz/voice_recognition/whisper-medium-sw-3"

# Function to dynamically locate and import modules
def locate(module_name):
    try:
        logger.info(f"Locating module: {module_name}")
        module = importlib.import_module(f"models.{module_name}")
        logger.info(f"Successfully located module: {module_name}")
        return module
    except ImportError as e:
        logger.error(f"Error importing module {module_name}: {str(e)}")
        raise

# Ensure necessary directories exist
def ensure_dirs():
    os.makedirs(AUDIO_DIR, exist_ok=True)
    os.makedirs(DONE_DIR, exist_ok=True)

# Get the latest checkpoint from the model directory
def get_latest_checkpoint(model_dir):
    checkpoints = [d for d in os.listdir(model_dir) if d.startswith('checkpoint-')]
    if not checkpoints:
        return None  # No checkpoints found
    
    # Extract checkpoint numbers and find the highest
    checkpoint_nums = [int(cp.split('-')[1]) for cp in checkpoints]
    latest_num = max(checkpoint_nums)
    latest_checkpoint = f"checkpoint-{latest_num}"
    
    return os.path.join(model_dir, latest_checkpoint)
