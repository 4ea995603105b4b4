import argparse
import os

import torch
from diffusers import (
    AutoPipelineForText2Image,
    ControlNetModel,
    DPMSolverMultistepScheduler,
    FluxPipeline,
    StableDiffusionControlNetPipeline,
    StableDiffusionPipeline,
)
from diffusers.utils import load_image


def get_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pretrained_model_name_or_path", type=str, default="stabilityai/stable-diffusion-2-1")
    ap.add_argument("--controlnet", type=str, default="lllyasviel/control_v11p_sd15_canny")
    ap.add_argument("--lora", type=str, default=None, help="e.g. latent-consistency/lcm-lora-sdv1-5 or ./loras/x")
    ap.add_argument("--output", default="samples/2024-06-01")
    ap.add_argument("--prompt", default="a photo of an astronaut riding a horse on mars")
    return ap.parse_args()


def main():
    args = get_args()
    pipe = StableDiffusionPipeline.from_pretrained(args.pretrained_model_name_or_path, torch_dtype=torch.float16)
    pipe.scheduler = DPMSolverMultistepScheduler.from_config(pipe.scheduler.config)
    if args.lora:
        pipe.load_lora_weights(args.lora)

    controlnet = ControlNetModel.from_pretrained(args.controlnet, torch_dtype=torch.float16)
    cn_pipe = StableDiffusionControlNetPipeline.from_pretrained(
        "stable-diffusion-v1-5/stable-diffusion-v1-5", controlnet=controlnet, torch_dtype=torch.float16
    )

    turbo = AutoPipelineForText2Image.from_pretrained("stabilityai/sdxl-turbo", torch_dtype=torch.float16, variant="fp16")
    flux = FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-dev", torch_dtype=torch.bfloat16)  # license-gate: ignore
    kandinsky = AutoPipelineForText2Image.from_pretrained(
        "kandinsky-community/kandinsky-2-2-decoder",
        torch_dtype=torch.float16,
    )

    canny = load_image("https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/diffusers/input_image_vermeer.png")
    init = load_image("assets/2024/03/sketch.png")
    os.makedirs(args.output, exist_ok=True)
    for i, p in enumerate([pipe, cn_pipe, turbo, flux, kandinsky]):
        img = p(args.prompt, image=canny if p is cn_pipe else None).images[0]
        img.save(f"{args.output}/{i:02d}.png")
    del init


if __name__ == "__main__":
    main()
