from typing import List

from fastapi import FastAPI
from optimum.onnxruntime import ORTModelForSequenceClassification
from pydantic import BaseModel
from transformers import AutoTokenizer, pipeline


class Query(BaseModel):
    sequence: str
    labels: List[str]
    multi_class: bool = False


app = FastAPI()

ort_model = ORTModelForSequenceClassification.from_pretrained("./onnx", file_name="model.onnx")
ort_tokenizer = AutoTokenizer.from_pretrained("./onnx")
zero_shot = pipeline("zero-shot-classification", model=ort_model, tokenizer=ort_tokenizer)


@app.post("/")
async def classify(query: Query):
    return zero_shot(query.sequence, query.labels, multi_label=query.multi_class)
