import gradio as gr
from transformers import pipeline

from helper import render_results_in_image

detector = pipeline("object-detection", "facebook/detr-resnet-50")


def detect(image):
    return render_results_in_image(image, detector(image))


demo = gr.Interface(
    fn=detect,
    inputs=gr.Image(type="pil"),
    outputs=gr.Image(type="pil"),
    title="Object Detection",
)
demo.launch()
