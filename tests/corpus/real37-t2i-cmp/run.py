import csv
import os

import torch
from diffusers import AutoPipelineForText2Image


def load_prompts(path):
    if os.path.basename(path) != 'ViLG-300.csv':
        raise NotImplementedError(path)
    with open(path, 'r', encoding='utf-8') as f:
        return [row['\ufeffPrompt'] for row in csv.DictReader(f, delimiter=',')]


def main(
    model_id="runwayml/stable-diffusion-v1-5",
    prompt_path="assets/ViLG-300.csv",
    save_path=None,
):
    if save_path is None:
        save_path = os.path.join('saved', model_id.replace('/', '_'))
        os.makedirs(save_path, exist_ok=True)

    prompts = load_prompts(prompt_path)
    pipeline = AutoPipelineForText2Image.from_pretrained(model_id)
    pipeline.to(device='cuda', dtype=torch.float16)
    for i, prompt in enumerate(prompts):
        print(f'{i}|{len(prompts)}: {prompt}')
        pipeline(prompt).images[0].save(os.path.join(save_path, f'{i}.jpg'))


if __name__ == '__main__':
    import fire
    fire.Fire(main)
