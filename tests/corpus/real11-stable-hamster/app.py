import os
import random
import uuid

import gradio as gr
import numpy as np
import spaces
import torch
from diffusers import EulerAncestralDiscreteScheduler, StableDiffusionXLPipeline

# banner
# html_file_url = "https://prithivmlmods-hamster-static.static.hf.space/index.html"
html_file_url = "https://prithivhamster.vercel.app/"
html_content = f'<iframe src="{html_file_url}" style="width:100%; height:400px; border:none"></iframe>'

css = '''
.gradio-container{max-width: 560px !important}
footer {visibility: hidden}
'''

examples = [
    "3d image, cute girl, Pixar style, 4K, sharp focus, octane render",
    "Cold coffee in a cup, bokeh, 4K",
]

# the checkpoint is configured as a Space variable
MODEL_ID = os.getenv("MODEL_REPO")
MAX_IMAGE_SIZE = int(os.getenv("MAX_IMAGE_SIZE", "4096"))
USE_TORCH_COMPILE = os.getenv("USE_TORCH_COMPILE", "0") == "1"
ENABLE_CPU_OFFLOAD = os.getenv("ENABLE_CPU_OFFLOAD", "0") == "1"
BATCH_SIZE = int(os.getenv("BATCH_SIZE", "1"))

device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")
pipe = StableDiffusionXLPipeline.from_pretrained(
    MODEL_ID,
    torch_dtype=torch.float16 if torch.cuda.is_available() else torch.float32,
    use_safetensors=True,
    add_watermarker=False,
).to(device)
pipe.scheduler = EulerAncestralDiscreteScheduler.from_config(pipe.scheduler.config)
if USE_TORCH_COMPILE:
    pipe.compile()
if ENABLE_CPU_OFFLOAD:
    pipe.enable_model_cpu_offload()

MAX_SEED = np.iinfo(np.int32).max


def save_image(img):
    name = f"{uuid.uuid4()}.png"
    img.save(name)
    return name


@spaces.GPU(duration=60, enable_queue=True)
def generate(prompt: str, negative_prompt: str = "", seed: int = 1, randomize_seed: bool = True,
             width: int = 1024, height: int = 1024, guidance_scale: float = 3, steps: int = 25,
             num_images: int = 1):
    if randomize_seed:
        seed = random.randint(0, MAX_SEED)
    gen = torch.Generator(device=device).manual_seed(seed)
    images = []
    for start in range(0, num_images, BATCH_SIZE):
        n = min(BATCH_SIZE, num_images - start)
        images.extend(pipe(prompt=[prompt] * n, negative_prompt=[negative_prompt] * n, width=width, height=height,
                           guidance_scale=guidance_scale, num_inference_steps=steps, generator=gen,
                           output_type="pil").images)
    return [save_image(i) for i in images], seed


with gr.Blocks(css=css, theme="bethecloud/storj_theme") as demo:
    gr.Markdown("## STABLE HAMSTER")
    with gr.Row():
        prompt = gr.Text(label="Prompt", show_label=False, max_lines=1, placeholder="Enter your prompt")
        run_button = gr.Button("Run", scale=0)
    result = gr.Gallery(label="Result", columns=1, show_label=False)
    seed = gr.Slider(label="Seed", minimum=0, maximum=MAX_SEED, step=1, value=0)
    gr.Examples(examples=examples, inputs=prompt, cache_examples=False)
    gr.on(triggers=[prompt.submit, run_button.click], fn=generate, inputs=[prompt], outputs=[result, seed], api_name="run")
    gr.HTML(html_content)

if __name__ == "__main__":
    demo.queue(max_size=40).launch()
