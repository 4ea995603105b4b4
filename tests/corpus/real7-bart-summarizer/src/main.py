from fastapi import FastAPI
from pydantic import BaseModel
from transformers import pipeline


class SummaryRequest(BaseModel):
    text: str


api = FastAPI()
bart = pipeline("summarization", model="facebook/bart-large-cnn")


@api.get("/")
async def health():
    return {"status": "ok"}


@api.post("/get-summary/")
async def summarize(req: SummaryRequest):
    return bart(req.text, max_length=130, min_length=30, do_sample=False)
