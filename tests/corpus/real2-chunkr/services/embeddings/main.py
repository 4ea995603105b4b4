import os
from typing import List

import torch
import torch.nn.functional as F
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from transformers import AutoModel, AutoTokenizer

app = FastAPI()

tokenizer = AutoTokenizer.from_pretrained("jinaai/jina-embeddings-v3")
model = AutoModel.from_pretrained("jinaai/jina-embeddings-v3", trust_remote_code=True)

device = "cuda" if torch.cuda.is_available() else "cpu"
model = model.to(device)

MAX_LENGTH = int(os.getenv("MAX_LENGTH", "8192"))
TRUNCATE_DIM = int(os.getenv("TRUNCATE_DIM", "0"))  # 0 keeps every dimension


class EmbedRequest(BaseModel):
    inputs: str | List[str]


def mean_pool(output, mask):
    tokens = output[0]
    m = mask.unsqueeze(-1).expand(tokens.size()).float()
    return torch.sum(tokens * m, 1) / torch.clamp(m.sum(1), min=1e-9)


@app.post("/embed")
async def embed(req: EmbedRequest):
    try:
        texts = [req.inputs] if isinstance(req.inputs, str) else req.inputs
        enc = tokenizer(texts, padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt").to(device)
        with torch.no_grad():
            out = model(**enc)
        vecs = F.normalize(mean_pool(out, enc["attention_mask"]), p=2, dim=1)
        if TRUNCATE_DIM > 0:
            vecs = vecs[:, :TRUNCATE_DIM]
        return {"embeddings": vecs.cpu().numpy().tolist()}
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))


@app.get("/")
async def health():
    return {"status": "healthy"}
