import gradio as gr
import requests
from PIL import Image
from transformers import BlipForConditionalGeneration, BlipProcessor

model_id = "Salesforce/blip-image-captioning-base"

model = BlipForConditionalGeneration.from_pretrained(model_id)
processor = BlipProcessor.from_pretrained(model_id)


def launch(url):
    image = Image.open(requests.get(url, stream=True).raw).convert('RGB')
    out = model.generate(**processor(image, return_tensors="pt"))
    return processor.decode(out[0], skip_special_tokens=True)


gr.Interface(launch, inputs="text", outputs="text").launch()
