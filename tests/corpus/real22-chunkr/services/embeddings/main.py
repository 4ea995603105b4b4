import os
from typing import List

import torch
import torch.nn.functional as F
import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from transformers import AutoModel, AutoTokenizer

app = FastAPI()

# Initialize model and tokenizer globally
tokenizer = AutoTokenizer.from_pretrained("jinaai/jina-embeddings-v3")
model = AutoModel.from_pretrained("jinaai/jina-embeddings-v3", trust_remote_code=True)

device = "cuda" if torch.cuda.is_available() else "cpu"
model = model.to(device)

MAX_LENGTH = int(os.getenv("MAX_LENGTH", "8192"))
TRUNCATE_DIM = int(os.getenv("TRUNCATE_DIM", "0"))  # 0 means no truncation


class EmbeddingRequest(BaseModel):
    inputs: str | List[str]


def mean_pooling(model_output, attention_mask):
    token_embeddings = model_output[0]
    mask = attention_mask.unsqueeze(-1).expand(token_embeddings.size()).float()
    return torch.sum(token_embeddings * mask, 1) / torch.clamp(mask.sum(1), min=1e-9)


@app.post("/embed")
async def create_embeddings(request: EmbeddingRequest):
    try:
        texts = [request.inputs] if isinstance(request.inputs, str) else request.inputs
        encoded = tokenizer(texts, padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt").to(device)
        with torch.no_grad():
            output = model(**encoded)
        embeddings = F.normalize(mean_pooling(output, encoded["attention_mask"]), p=2, dim=1)
        if TRUNCATE_DIM > 0:
            embeddings = embeddings[:, :TRUNCATE_DIM]
        return {"embeddings": embeddings.cpu().numpy().tolist()}
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))


@app.get("/")
async def health_check():
    return {"status": "healthy"}


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000)
