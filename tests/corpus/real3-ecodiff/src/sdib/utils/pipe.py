import os
from copy import deepcopy

import torch
from diffusers import EulerDiscreteScheduler

from sdib.models import (
    DiTIBPipeline,
    FluxIBPipeline,
    SDIBDiffusion3Pipeline,
    SDIBDiffusionPipeline,
    SDXLDiffusionPipeline,
)
from sdib.scheduler import ReverseDPMSolverMultistepScheduler


def parse_run_name(save_pt):
    """Recover the run's settings from the directory name a mask was saved under."""
    part = save_pt.split(os.sep)[-3 if "lambda" in save_pt else -2]
    for a, b in (("down_blocks", "down-blocks"), ("up_blocks", "up-blocks"), ("batch_size", "batch-size"),
                 ("hard_discrete", "hard-discrete"), ("flux_dev", "flux-dev")):
        part = part.replace(a, b)
    toks = part.split("_")
    if "loss" not in toks:
        toks.insert(10, "loss")
    cfg = {toks[2 * i]: toks[2 * i + 1] for i in range(len(toks) // 2)}
    if cfg["model"] == "flux-dev":
        cfg["model"] = "flux_dev"
    return cfg


def load_pipeline(model_str: str, torch_dtype: torch.dtype, disable_progress_bar: bool):
    """Build the diffusion pipeline named by the config's `trainer.model`."""
    if model_str == "sd1":
        pipe = SDIBDiffusionPipeline.from_pretrained("CompVis/stable-diffusion-v1-4", include_entities=False)
    elif model_str == "sd2":
        model_id = "stabilityai/stable-diffusion-2-base"
        scheduler = EulerDiscreteScheduler.from_pretrained(model_id, subfolder="scheduler")
        pipe = SDIBDiffusionPipeline.from_pretrained(model_id, scheduler=scheduler, torch_dtype=torch_dtype)
    elif model_str == "sdxl":
        model_id = "stabilityai/stable-diffusion-xl-base-1.0"
        pipe = SDXLDiffusionPipeline.from_pretrained(model_id, torch_dtype=torch_dtype, use_safetensors=True)
    elif model_str == "sd3":
        pipe = SDIBDiffusion3Pipeline.from_pretrained("stabilityai/stable-diffusion-3.5-large", torch_dtype=torch_dtype)
    elif model_str == "dit":
        pipe = DiTIBPipeline.from_pretrained("facebook/DiT-XL-2-256", torch_dtype=torch_dtype)
        pipe.scheduler = ReverseDPMSolverMultistepScheduler.from_config(pipe.scheduler.config)
    elif model_str == "flux":
        pipe = FluxIBPipeline.from_pretrained("black-forest-labs/FLUX.1-schnell", torch_dtype=torch_dtype)
    elif model_str == "flux_dev":
        pipe = FluxIBPipeline.from_pretrained("black-forest-labs/FLUX.1-dev", torch_dtype=torch_dtype)
    else:
        raise ValueError(f"Model {model_str} not supported")
    pipe.set_progress_bar_config(disable=disable_progress_bar)
    return pipe


def sibling_masks(save_pt):
    parts = save_pt.split(os.sep)
    base = parts[-1]
    kinds = {}
    for kind in ("ff", "attn", "norm"):
        p = deepcopy(parts)
        p[-1] = base.replace("ff", kind) if "ff.pt" in save_pt else base.replace("attn", kind)
        kinds[kind] = os.sep.join(p)
    return kinds


def create_pipeline(model_id, device, torch_dtype, save_pt=None, **kw):
    pipe = load_pipeline(model_id, torch_dtype, disable_progress_bar=True)
    pipe.to(device)
    pipe.vae.requires_grad_(False)
    (pipe.unet if hasattr(pipe, "unet") else pipe.transformer).requires_grad_(False)
    if save_pt:
        kw["masks"] = sibling_masks(save_pt)
    return pipe
