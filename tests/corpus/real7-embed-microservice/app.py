import os
from typing import List

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from sentence_transformers import SentenceTransformer

# every folder under models/ holding weights becomes an endpoint
local_dirs = [root for root, _, files in os.walk("models") if "pytorch_model.bin" in files]
encoders = {d.split("/")[-1]: SentenceTransformer(d) for d in local_dirs}

app = FastAPI(title="Sentence Embedding API", description="Embeds sentences with sentence-transformers")


@app.get("/")
def index():
    return RedirectResponse(url="/docs")


@app.get("/models")
def list_models():
    return {"models": list(encoders)}


@app.post("/models/{name}/embed")
def embed(name: str, sentences: List[str]):
    if name not in encoders:
        return {"message": f"Model {name} not found"}
    return {"embeddings": encoders[name].encode(sentences).tolist()}


@app.post("/models/{name}/similarity")
def similarity(name: str, sentences: List[str]):
    if name not in encoders:
        return {"message": f"Model {name} not found"}
    vecs = encoders[name].encode(sentences)
    return {"similarity_matrix": [[round(float(x), 4) for x in vecs[i].dot(vecs.T)] for i in range(len(sentences))]}
