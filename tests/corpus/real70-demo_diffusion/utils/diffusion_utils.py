import torch
from PIL import Image
import imageio
import numpy as np
from datetime import datetime
import matplotlib.pyplot as plt
import base64
from io import BytesIO
from diffusers import (
    StableDiffusionPipeline,
    StableDiffusionImg2ImgPipeline,
    StableDiffusionInpaintPipeline
    )

if torch.backends.mps.is_available():
    device = "mps"
elif torch.cuda.is_available():
    device = "cuda"
else:
    device = "cpu"
print("running on", device)

model_id = "stabilityai/stable-diffusion-2-1-base"
text2ImgPipeline = StableDiffusionPipeline.from_pretrained(model_id).to(device)
img2ImgPipeline = StableDiffusionImg2ImgPipeline.from_pipe(text2ImgPipeline).to(device)
inpaintPipeline = StableDiffusionInpaintPipeline.from_pipe(text2ImgPipeline).to(device)

def randomImage(num_inference_steps=20):
    return text2image(num_inference_steps=num_inference_steps, seed=0)

def text2image(prompt="",
               negative_prompt="Oversaturated, blurry, low quality",
               height=480, width=640,
               guidance_scale=8,
               num_inference_steps=20,
               seed=0, # 0 => random
               create_gif=False):
    generator = torch.Generator(device=device).manual_seed(seed)

    images = []
    # latents_sized_images = []

    def decode_tensors(pipe, step, timestep, callback_kwargs):
        latents = callback_kwargs["latents"]

        # latents_sized_images.append(latents_to_rgb(latents))
        images.append(latents_to_pil(pipe.vae, latents))

        return callback_kwargs

    generated_image = text2ImgPipeline(
        prompt=prompt,
        negative_prompt=negative_prompt,
        height=height, width=width,
        guidance_scale=guidance_scale,
        num_inference_steps=num_inference_steps,
        generator=generator if seed != 0 else None,
        callback_on_step_end=decode_tensors if create_gif else None,
        callback_on_step_end_tensor_inputs=["latents"] if create_gif else None
        ).images[0]

    if create_gif:
        images.append(generated_image)
        timestamp = datetime.now().strftime('%Y%m%d_%H%M%S')
        gif_path = f"diffusion_{timestamp}.gif"
        imageio.mimsave(gif_path, np.array(images), fps=5, loop=0)
        # imageio.mimsave(f"diffusion_{timestamp}_latents_sized.gif", np.array(latents_sized_images), fps=3, loop=0)
        return generated_image, gif_path
    else:
        return generated_image
