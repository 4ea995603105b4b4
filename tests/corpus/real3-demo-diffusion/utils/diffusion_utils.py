import base64
from datetime import datetime
from io import BytesIO

import imageio
import numpy as np
import torch
from diffusers import StableDiffusionImg2ImgPipeline, StableDiffusionInpaintPipeline, StableDiffusionPipeline
from PIL import Image

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

NEG = "Oversaturated, blurry, low quality"


def latents_to_pil(vae, latents):
    with torch.no_grad():
        image = vae.decode(latents / 0.18215).sample
    image = (image / 2 + 0.5).clamp(0, 1).detach().cpu().permute(0, 2, 3, 1).numpy()
    return Image.fromarray((image * 255).round().astype("uint8")[0])


def _gif(frames):
    path = f"diffusion_{datetime.now().strftime('%Y%m%d_%H%M%S')}.gif"
    imageio.mimsave(path, np.array(frames), fps=5, loop=0)
    return path


def text2image(prompt="", negative_prompt=NEG, height=480, width=640, guidance_scale=8,
               num_inference_steps=20, seed=0, create_gif=False):
    gen = torch.Generator(device=device).manual_seed(seed)
    frames = []

    def grab(pipe, step, t, kw):
        frames.append(latents_to_pil(pipe.vae, kw["latents"]))
        return kw

    img = text2ImgPipeline(prompt=prompt, negative_prompt=negative_prompt, height=height, width=width,
                           guidance_scale=guidance_scale, num_inference_steps=num_inference_steps,
                           generator=gen if seed else None,
                           callback_on_step_end=grab if create_gif else None,
                           callback_on_step_end_tensor_inputs=["latents"] if create_gif else None).images[0]
    return (img, _gif(frames + [img])) if create_gif else img


def image2image(prompt, image_path="", image=None, strength=0.4, negative_prompt=NEG, seed=0):
    image = image or Image.open(image_path)
    image.thumbnail((512, 512))
    gen = torch.Generator(device=device).manual_seed(seed)
    return img2ImgPipeline(prompt=prompt, image=image, strength=strength, negative_prompt=negative_prompt,
                           generator=gen if seed else None).images[0]


def inpaint(prompt, image_path="", mask_path="", negative_prompt=NEG, seed=0):
    init = Image.open(image_path).resize((512, 512))
    mask = Image.open(mask_path).resize((512, 512))
    gen = torch.Generator(device=device).manual_seed(seed)
    return inpaintPipeline(prompt=prompt, negative_prompt=negative_prompt, image=init, mask_image=mask,
                           generator=gen if seed else None).images[0]


def encode_image(image):
    buf = BytesIO()
    image.save(buf, format='PNG')
    return "data:image/png;base64," + str(base64.b64encode(buf.getvalue()), 'utf-8')
