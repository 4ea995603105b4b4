"""Gradio demo for the LLaVA re-implementation."""

import argparse
import os
import sys

import gradio as gr

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from models.llava import LLaVA


def parse_args():
    p = argparse.ArgumentParser(description="LLaVA demo")
    p.add_argument("--vision-model", type=str, default="openai/clip-vit-large-patch14-336",
                   help="vision tower (name or path)")
    p.add_argument("--language-model", type=str, default="lmsys/vicuna-7b-v1.5",
                   help="language model (name or path)")
    p.add_argument("--load-8bit", action="store_true")
    p.add_argument("--load-4bit", action="store_true")
    p.add_argument("--device", type=str, default=None)
    p.add_argument("--share", action="store_true")
    return p.parse_args()


def build_model(args):
    print(f"vision: {args.vision_model} / language: {args.language_model}")
    return LLaVA(
        vision_model_path=args.vision_model,
        language_model_path=args.language_model,
        device=args.device,
        load_in_8bit=args.load_8bit,
        load_in_4bit=args.load_4bit,
    )


def build_ui(model):
    def answer(image, prompt, temperature, max_tokens):
        if image is None:
            return "Please upload an image."
        tmp = "temp_image.jpg"
        image.save(tmp)
        try:
            return model.generate_from_image(image_path=tmp, prompt=prompt,
                                             temperature=temperature, max_new_tokens=max_tokens)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)

    return gr.Interface(
        fn=answer,
        inputs=[
            gr.Image(type="pil", label="Image"),
            gr.Textbox(label="Prompt"),
            gr.Slider(0.1, 1.0, value=0.7, step=0.1, label="Temperature"),
            gr.Slider(16, 1024, value=256, step=16, label="Max tokens"),
        ],
        outputs=gr.Textbox(label="Response"),
        title="LLaVA: Large Language and Vision Assistant",
        examples=[[None, "What's in this image?", 0.7, 256], [None, "Describe this image in detail.", 0.7, 512]],
        allow_flagging="never",
    )


if __name__ == "__main__":
    a = parse_args()
    build_ui(build_model(a)).launch(share=a.share)
