import os
from functools import cache

from fastapi import FastAPI
from pydantic import BaseModel
from sentence_transformers import CrossEncoder, SentenceTransformer
from transformers import pipeline

app = FastAPI(title="retrieval-api", docs_url="/docs/v1")


class Settings(BaseModel):
    embed_model_id: str = os.getenv("EMBED_MODEL_ID", "Snowflake/snowflake-arctic-embed-m-v1.5")
    rerank_model_id: str = os.getenv("RERANK_MODEL_ID", "mixedbread-ai/mxbai-rerank-base-v1")
    ner_model: str = os.getenv("NER_MODEL", "Davlan/bert-base-multilingual-cased-ner-hrl")
    max_batch: int = 64


settings = Settings()


@cache
def embedder() -> SentenceTransformer:
    return SentenceTransformer(settings.embed_model_id, truncate_dim=256)


@cache
def reranker() -> CrossEncoder:
    return CrossEncoder(settings.rerank_model_id)


@cache
def ner():
    return pipeline("token-classification", model=settings.ner_model, aggregation_strategy="simple")


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True, "models": [settings.embed_model_id, settings.rerank_model_id], "content_type": "application/json"}
