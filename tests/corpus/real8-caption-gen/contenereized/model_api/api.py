import logging
import os
from io import BytesIO
from time import time

import mysql.connector
import requests
from fastapi import FastAPI, File, UploadFile
from fastapi.responses import JSONResponse
from PIL import Image
from pydantic import BaseModel
from transformers import pipeline

logging.basicConfig(level=logging.INFO)

# ------------------------------------------------------------------ globals
MODEL_NAME = 'tarekziade/deit-tiny-distilgpt2'  # default captioning model

DB_HOST = os.environ.get('DB_HOST')
DB_USER = os.environ.get('DB_USER')
DB_PASSWORD = os.environ.get('DB_PASSWORD')
DB_DATABASE = os.environ.get('DB_DATABASE')


class URLRequestModel(BaseModel):
    url: str
    prompt: str = 'Describe'
    push_db: bool = False


class PredictionResponseModel(BaseModel):
    prediction: str
    prompt: str
    processing_time: str
    model_name: str


def load_model(name: str) -> None:
    """Swap the global captioning pipeline."""
    global model
    logging.info(f'Loading {name} pipeline')
    model = pipeline("image-to-text", model=name)


def img2db(image, caption) -> None:
    with mysql.connector.connect(host=DB_HOST, user=DB_USER, password=DB_PASSWORD,
                                 database=DB_DATABASE) as conn:
        cur = conn.cursor()
        cur.execute("INSERT INTO Images (caption, model_used, image_file) VALUES (%s, %s, %s)",
                    (caption, MODEL_NAME, image))
        conn.commit()


load_model(MODEL_NAME)
app = FastAPI()


@app.get('/model_name/')
async def get_model_name():
    return {'model_name': MODEL_NAME}


@app.post('/change_model/', tags=['Model config'])
def change_model(name: str):
    global MODEL_NAME
    try:
        load_model(name)
        MODEL_NAME = name
        return {'result': 'success'}
    except Exception:
        return {'result': 'failed'}


@app.post("/predict_image_file/", tags=['Prediction'])
async def predict(prompt: str = 'what is it', file: UploadFile = File(...), push_db: bool = False):
    if not file.content_type.startswith('image/'):
        return JSONResponse(status_code=415, content={"message": "Only image files are allowed"})
    data = file.file.read()
    start = time()
    text = model(Image.open(BytesIO(data)).convert('RGB'))[0]['generated_text']
    if push_db:
        img2db(data, caption=text)
    return PredictionResponseModel(prediction=text, prompt=prompt, model_name=MODEL_NAME,
                                   processing_time=str(time() - start))


@app.post("/predict_image_url/", tags=['Prediction'])
async def predict_url(req: URLRequestModel):
    resp = requests.get(req.url)
    resp.raise_for_status()
    start = time()
    text = model(Image.open(BytesIO(resp.content)).convert("RGB"))[0]['generated_text']
    return PredictionResponseModel(prediction=text, prompt=req.prompt, model_name=MODEL_NAME,
                                   processing_time=str(time() - start))
