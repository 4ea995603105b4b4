from fastapi import FastAPI
from transformers import pipeline

app = FastAPI()

# high-level helper: a text2text pipeline
pipe = pipeline("text2text-generation", model="google/flan-t5-small")


@app.get("/")
def home():
    return {"message": "Hello World"}


# GET /generate?text=...
@app.get("/generate")
def generate(text: str):
    out = pipe(text)
    return {"output": out[0]['generated_text']}
