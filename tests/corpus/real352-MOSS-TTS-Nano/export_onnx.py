"""Export MOSS-TTS-Nano to an ONNX bundle.

Produces ``onnx_export/`` containing:

    audio_encoder.onnx              Audio tokenizer encoder (used for the
                                    voice-clone prompt path)
    audio_decoder.onnx              Audio tokenizer decoder, exported with
                                    explicit KV-cache I/O (one frame per call)
    audio_decoder_state_spec.json   KV-cache layout descriptor
    global_transformer.onnx         12-layer GPT2 + token embeddings
                                    (last-token hidden state)
    local_decoder_text.onnx         1-layer local GPT2 + 2-row candidate wte
    local_decoder_audio.onnx        1-layer local GPT2 + embedded audio heads
                                    (hybrid input mode)
    tokenizer.model                 SentencePiece tokenizer
    config.json                     Inference parameters
    manifest.json                   Bundle metadata + file sizes

INT8 versions (``*_int8.onnx``) are produced via dynamic quantization with
codex-validated optimal settings (per_channel=False, reduce_range=False).
"""
from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from transformers import AutoModel, AutoModelForCausalLM

logging.basicConfig(format="%(asctime)s %(levelname)s: %(message)s", level=logging.INFO)
log = logging.getLogger(__name__)

NQ = 16
LOCAL_MAX_LEN = NQ + 1  # 17: fixed sequence length for local decoder ONNX
NUM_LAYERS = 12
NUM_HEADS = 12
HEAD_DIM = 64
HIDDEN = 768
OPSET = 17

# Audio tokenizer's `create_sin_embedding` is needed by the audio decoder
# wrapper. Make the tokenizer's source dir importable.
_AUDIO_TOKENIZER_ROOT = Path(__file__).resolve().parent / "MOSS-Audio-Tokenizer-Nano"
if _AUDIO_TOKENIZER_ROOT.is_dir() and str(_AUDIO_TOKENIZER_ROOT) not in sys.path:
    sys.path.insert(0, str(_AUDIO_TOKENIZER_ROOT))
