#@title Load models
import torch
from diffusers import StableCascadeDecoderPipeline, StableCascadePriorPipeline

device = torch.device("cpu")
if torch.backends.mps.is_available() and torch.backends.mps.is_built():
    device = torch.device("mps")
if torch.cuda.is_available():
    device = torch.device("cuda")
print("RUNNING ON:", device)

c_dtype = torch.bfloat16 if device.type == "cpu" else torch.float
prior = StableCascadePriorPipeline.from_pretrained("stabilityai/stable-cascade-prior", torch_dtype=c_dtype)
decoder = StableCascadeDecoderPipeline.from_pretrained("stabilityai/stable-cascade", torch_dtype=torch.half)
prior.to(device)
decoder.to(device)

import gc
import random

import gradio as gr
import numpy as np

MAX_SEED = np.iinfo(np.int32).max
MAX_IMAGE_SIZE = 1536


@torch.inference_mode()
def generate(prompt: str, negative_prompt: str = "", seed: int = 0, randomize_seed: bool = True,
             width: int = 1024, height: int = 1024, prior_steps: int = 20, prior_guidance: float = 4.0,
             decoder_steps: int = 10, num_images_per_prompt: int = 2):
    if randomize_seed:
        seed = random.randint(0, MAX_SEED)
    generator = torch.Generator(device=device).manual_seed(seed)
    prior_output = prior(prompt=prompt, height=height, width=width, negative_prompt=negative_prompt,
                         guidance_scale=prior_guidance, num_images_per_prompt=num_images_per_prompt,
                         num_inference_steps=prior_steps)
    images = decoder(image_embeddings=prior_output.image_embeddings.to(device=device, dtype=decoder.dtype),
                     prompt=prompt, negative_prompt=negative_prompt, guidance_scale=0.0, output_type="pil",
                     num_inference_steps=decoder_steps, generator=generator).images
    torch.cuda.empty_cache()
    gc.collect()
    return images


examples = [
    "An astronaut riding a green horse",
    "A delicious feijoada ramen dish",
]

with gr.Blocks(css="gradio_app/style.css") as demo:
    prompt = gr.Text(label="Prompt", show_label=False, placeholder="Enter your prompt")
    run_button = gr.Button("Run")
    with gr.Accordion("Advanced options", open=False):
        negative_prompt = gr.Text(label="Negative prompt", max_lines=1)
        seed = gr.Slider(label="Seed", minimum=0, maximum=MAX_SEED, step=1, value=0)
        randomize_seed = gr.Checkbox(label="Randomize seed", value=True)
    result = gr.Gallery(label="Result", show_label=False)
    gr.Examples(examples=examples, inputs=prompt, outputs=result, fn=generate)
    run_button.click(fn=generate, inputs=[prompt, negative_prompt, seed, randomize_seed], outputs=result)

demo.queue(20).launch()
