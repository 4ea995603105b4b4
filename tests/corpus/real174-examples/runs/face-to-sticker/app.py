import os

import streamlit as st
from PIL import Image

from model import get_antelope_app, load_model, run_pipe

st.title("Convert your photo to sticker!😃")

pipe = load_model()
app = get_antelope_app()

TEMP_PATH = "temp/image.png"


def crop_and_resize(image: Image.Image, target_length: int = 1024):
    w = image.width
    h = image.height

    # crop
    if w > h:
        side = h
        left = w // 2 - side // 2
        cropped = image.crop((left, 0, left + side, side))
    else:
        side = w
        top = h // 2 - side // 2
        cropped = image.crop((0, top, side, top + side))

    # resize
    new_image = cropped.resize((target_length, target_length), Image.Resampling.LANCZOS)

    return new_image


with st.sidebar:
    prompt = st.text_input(
        "prompt", value="Sticker, cel shaded, svg, vector art, sharp"
    )
    negative_prompt = st.text_input(
        "negative prompt",
        value="photo, photography, soft, nsfw, nude, ugly, broken, watermark, oversaturated",
    )
    guidance = st.slider("cfg", min_value=1.0, max_value=20.0, step=0.1, value=7.5)
    steps = st.number_input("inference steps", 10, 200, step=1, value=10)
    image_size = st.number_input(
        "image size", min_value=512, max_value=768, step=64, value=768
    )
    num_photos = st.number_input("number of photos", 1, 3, step=1, value=3)
