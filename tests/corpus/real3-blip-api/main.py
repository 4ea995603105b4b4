import os
import uuid

import openai
import requests
from dotenv import load_dotenv
from fastapi import FastAPI
from fastapi.responses import FileResponse
from PIL import Image
from transformers import BlipForConditionalGeneration, BlipProcessor
from transparent_background import Remover

load_dotenv()

model_id = "Salesforce/blip-image-captioning-base"
model = BlipForConditionalGeneration.from_pretrained(model_id)
processor = BlipProcessor.from_pretrained(model_id)

openai.api_key = os.getenv("OPENAI")
model_engine = "text-davinci-003"

remover = Remover()
output_folder = 'output'
os.makedirs(output_folder, exist_ok=True)


def caption(url: str):
    image = Image.open(requests.get(url, stream=True).raw).convert('RGB')
    out = model.generate(**processor(image, return_tensors="pt"))
    return processor.decode(out[0], skip_special_tokens=True)


def remove_background(url: str):
    image = Image.open(requests.get(url, stream=True).raw).convert('RGB')
    name = uuid.uuid4()
    remover.process(image, type='rgba').save(f'{output_folder}/{name}.png')
    return name


app = FastAPI()


@app.get("/")
def root():
    return {"msg": "BLIP Running"}


@app.get("/blip/caption/{img}")
def blip_caption(img: str):
    url = requests.utils.unquote(img)
    return {"img": url, "caption": caption(url)}


@app.get("/openai/question/{prompt}")
def ask(prompt: str):
    completion = openai.Completion.create(engine=model_engine, prompt=prompt, max_tokens=1024, n=1, temperature=0.5)
    return {"prompt": prompt, "answer": completion.choices}


@app.get("/image/{img}")
def image(img: str):
    path = f'{output_folder}/{requests.utils.unquote(img)}.png'
    if os.path.exists(path):
        return FileResponse(path, media_type='image/png')
    return {"img": img, "error": "Image not found"}
