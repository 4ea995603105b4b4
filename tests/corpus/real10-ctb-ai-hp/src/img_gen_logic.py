import random

from huggingface_hub import InferenceClient

from config.config import api_token
from config.models import models
from config.prompts import generate_prompt


def generate_image(left_hp, right_hp):
    width, height = 1024, 512
    steps = 20
    guidance = 2.0
    seed = random.randint(0, 1_000_000)
    prompt = generate_prompt(left_hp, right_hp)
    print(f"seed: {seed}")
    try:
        client = InferenceClient(models[0]["name"], token=api_token)
        return client.text_to_image(
            prompt,
            guidance_scale=guidance,
            num_inference_steps=steps,
            width=width,
            height=height,
            seed=seed,
        )
    except Exception as exc:
        return f"An error occurred: {exc}"
