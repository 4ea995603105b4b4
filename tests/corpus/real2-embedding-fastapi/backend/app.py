from typing import List, Union

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from langchain.embeddings import HuggingFaceBgeEmbeddings, HuggingFaceEmbeddings
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

router = APIRouter()


def create_app():
    app = FastAPI(title="Embeddings API", version="0.1")
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])
    app.include_router(router)
    return app


class EmbedRequest(BaseModel):
    input: Union[str, List[str]] = Field(..., description="Text to embed.")


class Embedding(BaseModel):
    embedding: List[List[float]] = Field(..., max_items=2048)


class EmbedResponse(BaseModel):
    data: List[Embedding]


def load_model(model_name):
    opts = {"device": "cpu"}
    enc = {"normalize_embeddings": True}
    if model_name == "BAAI/bge-base-en-v1.5":
        return HuggingFaceBgeEmbeddings(
            model_name=model_name, model_kwargs=opts, encode_kwargs=enc, cache_folder=f'./models'
        )
    elif model_name == "sentence-transformers/all-mpnet-base-v2":
        return HuggingFaceEmbeddings(
            model_name=model_name, model_kwargs=opts, encode_kwargs=enc, cache_folder=f'./models'
        )


def _embed(input, model):
    items = input if isinstance(input, list) else [input]
    return EmbedResponse(data=[Embedding(embedding=model.embed_documents(t)) for t in items])


LOADED = {
    "baai": load_model("BAAI/bge-base-en-v1.5"),
    "st": load_model("sentence-transformers/all-mpnet-base-v2"),
}


@router.post("/v1/embeddings/baai", response_model=EmbedResponse)
async def embed_baai(req: EmbedRequest):
    return await run_in_threadpool(_embed, **req.dict(), model=LOADED["baai"])


@router.post("/v1/embeddings/st", response_model=EmbedResponse)
async def embed_st(req: EmbedRequest):
    return await run_in_threadpool(_embed, **req.dict(), model=LOADED["st"])
