from fastapi import FastAPI
from fastapi.responses import FileResponse
from PIL import Image
import requests
from transformers import BlipProcessor, BlipForConditionalGeneration
import os
import openai
from dotenv import load_dotenv
from transparent_background import Remover
import uuid

load_dotenv()

model_id = "Salesforce/blip-image-captioning-base"
model = BlipForConditionalGeneration.from_pretrained(model_id)
processor = BlipProcessor.from_pretrained(model_id)

openai.api_key = os.getenv("OPENAI")
model_engine = "text-davinci-003"

remover = Remover()

output_folder = 'output'
os.makedirs(output_folder, exist_ok=True)

def blipCaption(img: str):
    image = Image.open(requests.get(img, stream=True).raw).convert('RGB')
    out = model.generate(**processor(image, return_tensors="pt"))
    return processor.decode(out[0], skip_special_tokens=True)

def removeBackground(img: str):
    image = Image.open(requests.get(img, stream=True).raw).convert('RGB')
    out = remover.process(image, type='rgba')
    name = uuid.uuid4()
    out.save(f'{output_folder}/{name}.png')
    return name

app = FastAPI()

@app.get("/blip/caption/{img}")
def read_caption(img: str):
    return {"img": requests.utils.unquote(img), "caption": blipCaption(requests.utils.unquote(img))}

@app.get("/openai/question/{prompt}")
def read_question(prompt: str):
    completion = openai.Completion.create(
        engine=model_engine,
        prompt=prompt,
        max_tokens=1024,
        n=1,
        temperature=0.5,
    )
    return {"prompt": prompt, "answer": completion.choices}

@app.get("/image/{img}")
def read_image(img: str):
    filename = f'{output_folder}/{requests.utils.unquote(img)}.png'
    if os.path.exists(filename):
        return FileResponse(filename, media_type='image/png')
    return {"img": img, "error": "Image not found"}
