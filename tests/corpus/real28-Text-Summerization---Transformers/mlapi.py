from fastapi import FastAPI
from pydantic import BaseModel
from transformers import pipeline

app = FastAPI()


class Text(BaseModel):
    text: str


summarizer = pipeline("summarization")


def t_summarize(text):
    summary = summarizer(text, max_length=100, min_length=10, do_sample=False)
    return summary[0]['summary_text']


@app.post('/')
async def summarize(text: Text):
    return {"summary": t_summarize(text.text)}
