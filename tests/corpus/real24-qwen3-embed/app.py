import logging
import os
from typing import List, Optional

import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from vllm import LLM

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

app = FastAPI(
    title="Qwen3 Embedding Service",
    description="Embedding service using Qwen3-0.6B-Embedding-finetuned-sts-vi with vLLM",
    version="1.0.0",
)

# model configuration
MODEL_NAME = os.getenv("MODEL_NAME", "zzeennoo/Qwen3-0.6B-Embedding-finetuned-sts-vi")
MAX_MODEL_LEN = int(os.getenv("MAX_MODEL_LEN", "8192"))
GPU_MEMORY_UTILIZATION = float(os.getenv("GPU_MEMORY_UTILIZATION", "0.9"))

logger.info(f"Loading model: {MODEL_NAME}")
llm = LLM(
    model=MODEL_NAME,
    max_model_len=MAX_MODEL_LEN,
    gpu_memory_utilization=GPU_MEMORY_UTILIZATION,
    task="embed",
    trust_remote_code=True,
)


class EmbeddingRequest(BaseModel):
    input: str | List[str]
    model: Optional[str] = None
    encoding_format: Optional[str] = "float"


@app.get("/health")
async def health():
    return {"status": "healthy"}


@app.post("/v1/embeddings")
async def create_embeddings(request: EmbeddingRequest):
    texts = [request.input] if isinstance(request.input, str) else request.input
    if not texts:
        raise HTTPException(status_code=400, detail="Input cannot be empty")
    outputs = llm.encode(texts)
    data = [
        {"object": "embedding", "embedding": out.outputs.embedding, "index": i}
        for i, out in enumerate(outputs)
    ]
    tokens = sum(len(t.split()) for t in texts)
    return {
        "object": "list",
        "data": data,
        "model": request.model or MODEL_NAME,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }


if __name__ == "__main__":
    uvicorn.run(app, host=os.getenv("HOST", "0.0.0.0"), port=int(os.getenv("PORT", "8000")))
