import argparse
import json
import logging
from typing import List, Optional

from dotenv import load_dotenv
from FlagEmbedding import FlagReranker
from pydantic import BaseModel, ValidationError, validator
from robyn import Request, Robyn

logging.basicConfig(level=logging.INFO)
load_dotenv(override=True)

app = Robyn(__file__)

reranker = FlagReranker('BAAI/bge-reranker-large', use_fp16=True)


class Segment(BaseModel):
    segment_id: str
    content: str
    markdown: Optional[str]


class RerankRequest(BaseModel):
    query: str
    segments: List[Segment]

    @validator('segments', pre=True)
    def parse_segments(cls, v):
        return json.loads(v) if isinstance(v, str) else v


@app.post("/rerank")
async def rerank(request: Request):
    try:
        req = RerankRequest(**(await request.json()))
        passages = [s.markdown for s in req.segments if s.markdown]
        scores = reranker.compute_score([[req.query, p] for p in passages])
        ranked = sorted(zip(req.segments, scores), key=lambda x: x[1], reverse=True)
        return {"ranked_results": [s.dict() for s, _ in ranked]}, 200, {"Content-Type": "application/json"}
    except ValidationError as ve:
        return {"error": ve.errors()}, 400, {"Content-Type": "application/json"}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="reranker service")
    parser.add_argument("--host", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=8011)
    args = parser.parse_args()
    app.start(host=args.host, port=args.port)
