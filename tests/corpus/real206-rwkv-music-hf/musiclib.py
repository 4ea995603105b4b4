# apache 2.0 license, modified by mrfakename, from https://github.com/BlinkDL/ChatRWKV/tree/main/music
import torch
import os, sys
import numpy as np
from cached_path import cached_path
np.set_printoptions(precision=4, suppress=True, linewidth=200)

os.environ['RWKV_JIT_ON'] = '1' #### set these before import RWKV
os.environ["RWKV_CUDA_ON"] = '0'
os.environ["RWKV_RESCALE_LAYER"] = '999' # must set this for RWKV-music models and "pip install rwkv --upgrade" to v0.8.12+

from rwkv.model import RWKV
from rwkv.utils import PIPELINE

MODEL_FILE = str(cached_path('hf://BlinkDL/rwkv-4-music/RWKV-4-MIDI-120M-v1-20230714-ctx4096.pth'))

ABC_MODE = ('-ABC-' in MODEL_FILE)
MIDI_MODE = ('-MIDI-' in MODEL_FILE)
device = 'cpu'
if torch.cuda.is_available(): device = 'cuda'
model = RWKV(model=MODEL_FILE, strategy=f'{device} fp32')
pipeline = PIPELINE(model, "tokenizer-midi.json")

tokenizer = pipeline
