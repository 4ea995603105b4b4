import os
os.environ['HF_HOME'] = '/mnt/data/sysu/Users/wangzh/ID-Relight/models'

import torch
from diffusers import DiffusionPipeline

base_model = "black-forest-labs/FLUX.1-dev"
pipe = DiffusionPipeline.from_pretrained(base_model, torch_dtype=torch.bfloat16)

# repo from https://huggingface.co/prithivMLmods/Shadow-Projection-Flux-LoRA
lora_repo = "prithivMLmods/Shadow-Projection-Flux-LoRA"
trigger_word = "Shadow Projection"
pipe.load_lora_weights(lora_repo)

pipe.to(torch.device("cuda"))

prompt = f"A portrait of a man, {trigger_word}, soft window light"
negative_prompt = "low quality, blurry, watermark"

image = pipe(
    prompt=prompt,
    negative_prompt=negative_prompt,
    num_inference_steps=28,
    guidance_scale=7.0,
).images[0]

image.save("flux_shadow_projection.png")
