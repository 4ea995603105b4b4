import gradio as gr

from PIL import Image

import spaces

from typing import Dict
import torch
from transformers import ViTImageProcessor, AutoFeatureExtractor, AutoModelForImageClassification

image_processor = ViTImageProcessor.from_pretrained("google/vit-base-patch16-224")

extractor = AutoFeatureExtractor.from_pretrained("saved_model_files")
model = AutoModelForImageClassification.from_pretrained("saved_model_files")

labels = ['angular_leaf_spot', 'bean_rust', 'healthy']


@spaces.GPU(duration=500)
def classify(image: Image.Image) -> Dict[str, float]:
    """Classify a bean leaf image into health categories with confidence scores."""
    features = image_processor(image, return_tensors='pt')
    logits = model(features["pixel_values"])[-1]
    probs = torch.nn.functional.softmax(logits, dim=-1)[0].detach().numpy()
    return {label: float(probs[i]) for i, label in enumerate(labels)}


title = """<h1 id="title">Bean plant health predictor through images of leaves using ViT image classifier</h1>"""

description = """
Problem Statement: a farming company needs to spot diseased bean plants quickly, from a drone.

- The Dataset used for finetuning the model [Beans](https://huggingface.co/datasets/beans).
- The model used for classifying the images [Vision Transformer (base-sized model)](https://huggingface.co/google/vit-base-patch16-224).
"""

demo = gr.Blocks(theme=gr.themes.Soft())
with demo:
    gr.Markdown(title)
    gr.Markdown(description)
    gr.Interface(fn=classify, inputs="image", outputs="label", examples="images")

demo.launch()
