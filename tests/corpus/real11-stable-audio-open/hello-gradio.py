import uuid

import gradio as gr
import torch
import torchaudio
from einops import rearrange
from stable_audio_tools import get_pretrained_model
from stable_audio_tools.inference.generation import generate_diffusion_cond

device = "cuda" if torch.cuda.is_available() else "cpu"

# weights are fetched from the Hub on first start
model, model_config = get_pretrained_model("stabilityai/stable-audio-open-1.0")
sample_rate = model_config["sample_rate"]
sample_size = model_config["sample_size"]
model = model.to(device)


def generate_audio(prompt, seconds_total=30, steps=100, cfg_scale=7):
    conditioning = [{"prompt": prompt, "seconds_start": 0, "seconds_total": seconds_total}]
    audio = generate_diffusion_cond(
        model,
        steps=steps,
        cfg_scale=cfg_scale,
        conditioning=conditioning,
        sample_size=sample_size,
        sigma_min=0.3,
        sigma_max=500,
        sampler_type="dpmpp-3m-sde",
        device=device,
    )
    audio = rearrange(audio, "b d n -> d (b n)")
    audio = audio.to(torch.float32).div(torch.max(torch.abs(audio))).clamp(-1, 1).mul(32767).to(torch.int16).cpu()
    path = f"output_{uuid.uuid4().hex}.wav"
    torchaudio.save(path, audio, sample_rate)
    return path


demo = gr.Interface(
    fn=generate_audio,
    inputs=[
        gr.Textbox(label="Prompt", placeholder="Describe the sound"),
        gr.Slider(0, 47, value=30, label="Duration (s)"),
        gr.Slider(10, 150, value=100, step=10, label="Diffusion steps"),
        gr.Slider(1, 15, value=7, step=0.1, label="CFG scale"),
    ],
    outputs=gr.Audio(type="filepath", label="Generated audio"),
    title="Stable Audio on SaladCloud",
    description="Variable-length 44.1kHz stereo audio from text, with Stable Audio Open 1.0.",
    examples=[
        ["A quiet beach at sunset.", 45, 100, 10],
        ["Gentle rain with distant thunder.", 35, 110, 8],
    ],
)

demo.launch(server_name="[::]", server_port=8000)
# demo.launch(server_name="0.0.0.0", server_port=8000)
