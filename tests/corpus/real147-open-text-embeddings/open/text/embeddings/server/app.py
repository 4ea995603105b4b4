from typing import List, Optional, Union
from starlette.concurrency import run_in_threadpool
from fastapi import FastAPI, APIRouter
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field
from langchain.embeddings import HuggingFaceEmbeddings
from langchain.embeddings import HuggingFaceInstructEmbeddings
from langchain.embeddings import HuggingFaceBgeEmbeddings
import os
import torch

router = APIRouter()

DEFAULT_MODEL_NAME = "intfloat/e5-large-v2"
E5_EMBED_INSTRUCTION = "passage: "
E5_QUERY_INSTRUCTION = "query: "
BGE_EN_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: "


def create_app():
    initialize_embeddings()
    app = FastAPI(title="Open Text Embeddings API", version="1.0.2")
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])
    app.include_router(router)
    return app


class CreateEmbeddingRequest(BaseModel):
    model: Optional[str] = Field(
        description="Which model should embed the input.", default=None)
    input: Union[str, List[str]] = Field(description="Text or texts to embed.")


embeddings = None


def initialize_embeddings():
    global embeddings

    device = os.environ.get("DEVICE") or ("cuda" if torch.cuda.is_available() else "cpu")

    model_name = os.environ.get("MODEL")
    if model_name is None:
        model_name = DEFAULT_MODEL_NAME
    print("Loading model:", model_name)
    encode_kwargs = {"normalize_embeddings": bool(os.environ.get("NORMALIZE_EMBEDDINGS", "1"))}
    if "e5" in model_name:
        embeddings = HuggingFaceInstructEmbeddings(model_name=model_name,
                                                   embed_instruction=E5_EMBED_INSTRUCTION,
                                                   query_instruction=E5_QUERY_INSTRUCTION,
                                                   encode_kwargs=encode_kwargs,
                                                   model_kwargs={"device": device})
    elif "bge-" in model_name and "-en" in model_name:
        embeddings = HuggingFaceBgeEmbeddings(model_name=model_name,
                                              query_instruction=BGE_EN_QUERY_INSTRUCTION,
                                              encode_kwargs=encode_kwargs,
                                              model_kwargs={"device": device})
    else:
        embeddings = HuggingFaceEmbeddings(model_name=model_name,
                                           encode_kwargs=encode_kwargs,
                                           model_kwargs={"device": device})


@router.post("/v1/embeddings")
async def create_embedding(request: CreateEmbeddingRequest):
    model_name = os.environ.get("MODEL") or DEFAULT_MODEL_NAME
    short_name = model_name.split("/")[-1]
    vectors = await run_in_threadpool(embeddings.embed_documents, [request.input] if isinstance(request.input, str) else request.input)
    return {"object": "list", "model": short_name,
            "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]}
