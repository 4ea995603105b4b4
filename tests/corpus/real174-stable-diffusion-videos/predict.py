import os
import shutil
import torch
from diffusers import DDIMScheduler, PNDMScheduler
from cog import BasePredictor, Input, Path
from diffusers.models import AutoencoderKL
from diffusers.schedulers import LMSDiscreteScheduler

from stable_diffusion_videos import StableDiffusionWalkPipeline

MODEL_ID = "runwayml/stable-diffusion-v1-5"
MODEL_VAE = "stabilityai/sd-vae-ft-ema"
MODEL_CACHE = "diffusers-cache"


class Predictor(BasePredictor):
    def setup(self):
        """Load the model into memory to make running multiple predictions efficient"""
        print("Loading pipeline...")

        vae = AutoencoderKL.from_pretrained(MODEL_VAE, cache_dir=MODEL_CACHE, local_files_only=True)

        self.pipeline = StableDiffusionWalkPipeline.from_pretrained(
            MODEL_ID,
            vae=vae,
            torch_dtype=torch.float16,
            revision="fp16",
            safety_checker=None,
            cache_dir=MODEL_CACHE,
            local_files_only=True,
            scheduler=LMSDiscreteScheduler(
                beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear"
            )
        ).to("cuda")

        default_scheduler = PNDMScheduler(
            beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear"
        )
        ddim_scheduler = DDIMScheduler(
            beta_start=0.00085,
            beta_end=0.012,
            beta_schedule="scaled_linear",
            clip_sample=False,
            set_alpha_to_one=False,
        )
        klms_scheduler = LMSDiscreteScheduler(
            beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear"
        )
        self.SCHEDULERS = dict(
            default=default_scheduler, ddim=ddim_scheduler, klms=klms_scheduler
        )
