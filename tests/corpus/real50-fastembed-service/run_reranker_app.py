import os
from typing import List

from fastapi import FastAPI, HTTPException
from fastembed.rerank.cross_encoder import TextCrossEncoder
from pydantic import BaseModel

HOST = os.getenv("FASTAPI_HOST", "0.0.0.0")
PORT = int(os.getenv("FASTAPI_PORT", "8000"))

# Model name from the environment
RERANKER_MODEL = os.getenv('RERANKER_MODEL', 'jinaai/jina-reranker-v1-tiny-en')

app = FastAPI()
reranker_model = TextCrossEncoder(model_name=RERANKER_MODEL)
print(f"The reranker model {RERANKER_MODEL} is ready to use.")


class RerankerRequest(BaseModel):
    query: str
    documents: List[str]


@app.post("/rerank")
async def rerank(request: RerankerRequest):
    try:
        return {"scores": list(reranker_model.rerank(request.query, request.documents))}
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))


@app.get("/healthcheck")
async def healthcheck():
    return {"status": "OK"}


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host=HOST, port=PORT)
