import torch
import gradio as gr
from diffusers import (
    StableDiffusionPipeline,
    EulerDiscreteScheduler,
    DDIMScheduler,
    PNDMScheduler,
    LMSDiscreteScheduler,
    DPMSolverMultistepScheduler
)


def load_pipeline(scheduler_name):
    model_id = "runwayml/stable-diffusion-v1-5"

    # Scheduler selection
    if scheduler_name == "Euler":
        scheduler = EulerDiscreteScheduler.from_pretrained(model_id, subfolder="scheduler")
    elif scheduler_name == "DDIM":
        scheduler = DDIMScheduler.from_pretrained(model_id, subfolder="scheduler")
    elif scheduler_name == "PNDM":
        scheduler = PNDMScheduler.from_pretrained(model_id, subfolder="scheduler")
    elif scheduler_name == "LMS":
        scheduler = LMSDiscreteScheduler.from_pretrained(model_id, subfolder="scheduler")
    elif scheduler_name == "DPM":
        scheduler = DPMSolverMultistepScheduler.from_pretrained(model_id, subfolder="scheduler")
    else:
        raise ValueError(f"Unknown scheduler: {scheduler_name}")
    pipe = StableDiffusionPipeline.from_pretrained(
        model_id,
        scheduler=scheduler,
        torch_dtype=torch.float32
    )
    return pipe.to("cuda")


def generate_image(prompt, negative_prompt, height, width, steps, guidance, seed, scheduler_name):
    pipe = load_pipeline(scheduler_name)
    generator = torch.manual_seed(int(seed)) if seed else None
    return pipe(
        prompt=prompt,
        negative_prompt=negative_prompt,
        height=int(height),
        width=int(width),
        num_inference_steps=int(steps),
        guidance_scale=float(guidance),
        generator=generator
    ).images[0]


with gr.Blocks() as interface:
    gr.Markdown("## 🖼️ Gen AI Text-to-Image Generator using Stable Diffusion with scheduler")
    with gr.Row():
        with gr.Column():
            prompt = gr.Textbox(label="Prompt", value="a futuristic city under the sea")
            negative_prompt = gr.Textbox(label="Negative prompt", value="blurry, low quality")
            height = gr.Slider(256, 768, value=512, step=64, label="Height")
            width = gr.Slider(256, 768, value=512, step=64, label="Width")
            steps = gr.Slider(10, 100, value=30, label="Steps")
            guidance = gr.Slider(1, 15, value=7.5, label="Guidance")
            seed = gr.Number(value=42, label="Seed")
            scheduler_name = gr.Dropdown(["Euler", "DDIM", "PNDM", "LMS", "DPM"], value="Euler", label="Scheduler")
            button = gr.Button("Generate")
        with gr.Column():
            output = gr.Image(label="Result")
    button.click(generate_image, [prompt, negative_prompt, height, width, steps, guidance, seed, scheduler_name], output)

interface.launch()
