# Semantic Palette demo (StreamMultiDiffusion), MIT licensed.
import sys

sys.path.append('../../src')

import argparse
import glob
import os
import pathlib
import random

import gradio as gr
import numpy as np
import torch
from PIL import Image

from model import StableMultiDiffusionPipeline
from util import seed_everything

ap = argparse.ArgumentParser(description='Semantic Palette demo powered by StreamMultiDiffusion.')
ap.add_argument('-H', '--height', type=int, default=768)
ap.add_argument('-W', '--width', type=int, default=1920)
ap.add_argument('--model', type=str, default=None, help='Hub repository or local path of an SD1.5 checkpoint.')
ap.add_argument('--seed', type=int, default=-1)
ap.add_argument('--device', type=int, default=0)
ap.add_argument('--port', type=int, default=8000)
opt = ap.parse_args()

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
pipes = {
    name: StableMultiDiffusionPipeline(device, dtype=dtype, sd_version='1.5', hf_key=repo, has_i2t=False)
    for name, repo in model_dict.items()
}

opt.max_palettes = 5
opt.default_negative_prompt = 'nsfw, worst quality, bad quality, normal quality, cropped, framed'
opt.colors = ['#000000', '#2692F3', '#F89E12', '#16C232', '#F92F6C', '#AC6AEB']

root = pathlib.Path(__file__).parent
example_root = os.path.join(root, 'examples')
example_images = [Image.open(p) for p in glob.glob(os.path.join(example_root, '*.png'))]


def read_lines(name):
    with open(os.path.join(example_root, name)) as fh:
        return [ln.strip() for ln in fh if ln.strip()]


prompts_background = read_lines('prompt_background_advanced.txt')
prompts_girl = read_lines('prompt_girl.txt')
prompts_boy = read_lines('prompt_boy.txt')


def run(model_name, prompts, negative_prompts, masks, seed):
    seed_everything(seed if seed >= 0 else np.random.randint(2147483647))
    return pipes[model_name](
        prompts,
        negative_prompts,
        masks=masks,
        height=opt.height,
        width=opt.width,
        bootstrap_steps=2,
    )


with gr.Blocks(theme=gr.themes.Soft()) as demo:
    model_choice = gr.Dropdown(choices=list(model_dict.keys()), value=list(model_dict.keys())[0], label='Checkpoint')
    prompt = gr.Textbox(value=random.choice(prompts_background), label='Background prompt')
    out = gr.Image(label='Result')

if __name__ == '__main__':
    demo.queue().launch(server_port=opt.port)
