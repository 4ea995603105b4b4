import gradio as gr
from transformers import pipeline

blip = pipeline("image-to-text", model="Salesforce/blip-image-captioning-base")
vitgpt = pipeline("image-to-text", model="nlpconnect/vit-gpt2-image-captioning")

with gr.Blocks() as demo:
    img = gr.Image(type="pil")
    out = gr.Textbox()
    gr.Button("BLIP").click(lambda i: blip(i)[0]["generated_text"], img, out)
    gr.Button("ViT-GPT2").click(lambda i: vitgpt(i)[0]["generated_text"], img, out)
    # old-style loader still used in a few of our Spaces
    legacy = gr.Interface.load("huggingface/google/vit-base-patch16-224")
    remote = gr.load("Helsinki-NLP/opus-mt-en-de", src="models")
    other_space = gr.load("gradio/image_classification", src="spaces")

demo.queue(max_size=20).launch()
