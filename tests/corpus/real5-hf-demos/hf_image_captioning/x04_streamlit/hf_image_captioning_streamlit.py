import streamlit as st
import torch
from PIL import Image
from transformers import AutoProcessor, BlipForConditionalGeneration


@st.cache_data(ttl=3600)
def load():
    model = BlipForConditionalGeneration.from_pretrained("Salesforce/blip-image-captioning-base")
    processor = AutoProcessor.from_pretrained("Salesforce/blip-image-captioning-base")
    return model, processor


model, processor = load()


def caption(image, prefix=""):
    inputs = processor(images=image, text=prefix, return_tensors="pt")
    with torch.no_grad():
        ids = model.generate(**inputs)
    return processor.decode(ids[0], skip_special_tokens=True)


st.title("Image Captioning")
upload = st.file_uploader("Choose an image", type=["jpg", "jpeg", "png"])
if upload:
    img = Image.open(upload)
    st.image(img, caption="Uploaded Image")
    ctx = st.text_input("Optional context (e.g. 'a photograph of')")
    if st.button("Generate Caption"):
        st.info(caption(img, ctx))
