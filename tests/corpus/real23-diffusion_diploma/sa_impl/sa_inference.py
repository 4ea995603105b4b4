import os
import sys

import hydra
import numpy as np
import torch
from diffusers import StableDiffusionXLPipeline
from diffusers.utils import load_image
from hydra.utils import instantiate
from omegaconf import OmegaConf
from torchvision.utils import save_image

import handler as hd
import utility.inversion as inversion


def make_prompts(prompts, src_style):
    for i in range(1, len(prompts)):
        prompts[i] = f'{prompts[i]}, {src_style}.'
    return prompts


@hydra.main(version_base=None, config_path="", config_name="config_sa")
def main(cfg):
    OmegaConf.resolve(cfg)
    scheduler = instantiate(cfg["scheduler"])

    pipeline = StableDiffusionXLPipeline.from_pretrained(
        "stabilityai/stable-diffusion-xl-base-1.0", torch_dtype=torch.float16, variant="fp16",
        use_safetensors=True,
        scheduler=scheduler
    ).to("cuda")

    src_style = cfg["desired_style"]
    src_prompt = f'{cfg["desired_prompt"]}, {src_style}.'
    prompts = make_prompts(list(cfg["prompts"]), src_style)
    prompts.append(src_prompt)

    x0 = np.array(load_image(cfg["ref_image_path"]).resize((1024, 1024)))
    zts = inversion.ddim_inversion(pipeline, x0, src_prompt, cfg["num_steps"], 2)

    handler = hd.Handler(pipeline)
    handler.register(instantiate(cfg["handler"]))
    zT, inversion_callback = inversion.make_inversion_callback(zts, offset=5)

    g_cpu = torch.Generator(device='cpu')
    g_cpu.manual_seed(10)
    latents = torch.randn(len(prompts), 4, 128, 128, device='cpu', generator=g_cpu,
                          dtype=pipeline.unet.dtype).to('cuda:0')
    latents[0] = zT
    images = pipeline(prompts, latents=latents, callback_on_step_end=inversion_callback,
                      num_inference_steps=cfg["num_steps"], guidance_scale=10.0).images
    handler.remove()
    save_image(images)


if __name__ == "__main__":
    sys.argv.append("hydra.job.chdir=False")
    os.environ["HYDRA_FULL_ERROR"] = "1"
    main()
