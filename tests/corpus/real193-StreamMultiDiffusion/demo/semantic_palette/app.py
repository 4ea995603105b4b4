# Copyright (c) 2024 Jaerin Lee

# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:

# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.

# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.

import sys

sys.path.append('../../src')

import argparse
import random
import time
import json
import os
import glob
import pathlib
from functools import partial
from pprint import pprint

import numpy as np
from PIL import Image
import torch

import gradio as gr
from huggingface_hub import snapshot_download

from model import StableMultiDiffusionPipeline
from util import seed_everything


### Utils




def log_state(state):
    pprint(vars(opt))
    if isinstance(state, gr.State):
        state = state.value
    pprint(vars(state))


def is_empty_image(im: Image.Image) -> bool:
    if im is None:
        return True
    im = np.array(im)
    has_alpha = (im.shape[2] == 4)
    if not has_alpha:
        return False
    elif im.sum() == 0:
        return True
    else:
        return False


### Argument passing

parser = argparse.ArgumentParser(description='Semantic Palette demo powered by StreamMultiDiffusion.')
parser.add_argument('-H', '--height', type=int, default=768)
parser.add_argument('-W', '--width', type=int, default=1920)
parser.add_argument('--model', type=str, default=None, help='Hugging face model repository or local path for a SD1.5 model checkpoint to run.')
parser.add_argument('--bootstrap_steps', type=int, default=1)
parser.add_argument('--seed', type=int, default=-1)
parser.add_argument('--device', type=int, default=0)
parser.add_argument('--port', type=int, default=8000)
opt = parser.parse_args()


### Global variables and data structures

device = f'cuda:{opt.device}' if opt.device >= 0 else 'cpu'


if opt.model is None:
    model_dict = {
        'Blazing Drive V11m': 'ironjr/BlazingDriveV11m',
        # 'Real Cartoon Pixar V5': 'ironjr/RealCartoon-PixarV5',
        # 'Kohaku V2.1': 'KBlueLeaf/kohaku-v2.1',
        # 'Realistic Vision V5.1': 'ironjr/RealisticVisionV5-1',
        # 'Stable Diffusion V1.5': 'runwayml/stable-diffusion-v1-5',
    }
else:
    if opt.model.endswith('.safetensors'):
        opt.model = os.path.abspath(os.path.join('checkpoints', opt.model))
    model_dict = {os.path.splitext(os.path.basename(opt.model))[0]: opt.model}

dtype = torch.float32 if device == 'cpu' else torch.float16
models = {
    k: StableMultiDiffusionPipeline(device, dtype=dtype, sd_version='1.5', hf_key=v, has_i2t=False)
    for k, v in model_dict.items()
}
