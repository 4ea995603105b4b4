from typing import List

from fastapi import FastAPI
from pydantic import BaseModel
from transformers import pipeline


class Query(BaseModel):
    sequence: str
    labels: List[str]
    multi_class: bool = False


app = FastAPI()

# weights cloned by setup.sh next to this file
zero_shot = pipeline("zero-shot-classification", model="./bart-large-mnli")


@app.post("/")
async def classify(query: Query):
    return zero_shot(query.sequence, query.labels, multi_label=query.multi_class)
