import random

from huggingface_hub import InferenceClient

from config.config import api_token
from config.models import models
from config.prompts import generate_prompt


def generate_image(left_hp, right_hp):
    """Render the two castles, sized by their hit points."""
    height, width = 512, 1024
    steps = 20
    guidance = 2.0
    seed = random.randint(0, 1_000_000)
    prompt = generate_prompt(left_hp, right_hp)

    try:
        print(f"seed={seed}, generating...")
        client = InferenceClient(models[0]["name"], token=api_token)
        image = client.text_to_image(
            prompt,
            guidance_scale=guidance,
            num_inference_steps=steps,
            width=width,
            height=height,
            seed=seed,
        )
        print(f"left={left_hp} right={right_hp} {width}x{height} steps={steps} cfg={guidance}")
        return image
    except Exception as exc:
        return f"An error occurred: {exc}"
