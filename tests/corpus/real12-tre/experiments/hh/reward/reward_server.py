import gc
import math
import os
from concurrent.futures import ThreadPoolExecutor

import torch
import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from transformers import AutoModelForSequenceClassification, AutoTokenizer

os.environ["TOKENIZERS_PARALLELISM"] = "false"

app = FastAPI()
replicas = []
tok = None
gpus = []


class ScoreRequest(BaseModel):
    prompts: list[str]
    responses: list[str]


class ScoreResponse(BaseModel):
    rewards: list[float]


RM_PATH = os.getenv(
    "HH_REWARD_MODEL_PATH",
    os.path.expanduser("~/model/Qwen/Qwen2.5-1.5B-Instruct-ultrafeedback_binarized-reward"),
)


@app.on_event("startup")
async def load_replicas():
    global tok
    if not torch.cuda.is_available():
        raise RuntimeError("the reward server needs a GPU")
    tok = AutoTokenizer.from_pretrained(RM_PATH)
    for i in range(torch.cuda.device_count()):
        dev = f"cuda:{i}"
        m = AutoModelForSequenceClassification.from_pretrained(
            RM_PATH, num_labels=1, torch_dtype=torch.bfloat16, attn_implementation="flash_attention_2"
        )
        m.to(dev).eval()
        replicas.append(m)
        gpus.append(dev)
    print(f"{len(replicas)} reward replicas ready")


def score_chunk(idx, prompts, responses):
    if not prompts:
        return []
    dev, m = gpus[idx], replicas[idx]
    convs = [[{"role": "user", "content": p}, {"role": "assistant", "content": r}] for p, r in zip(prompts, responses)]
    texts = [tok.apply_chat_template(c, tokenize=False, add_generation_prompt=False) for c in convs]
    enc = tok(texts, return_tensors="pt", padding=True, truncation=True, max_length=2048).to(dev)
    with torch.no_grad():
        logits = m(**enc).logits
    vals = logits.squeeze(-1).tolist()
    return [vals] if isinstance(vals, float) else vals


@app.post("/predict", response_model=ScoreResponse)
async def predict(req: ScoreRequest):
    try:
        n = len(req.prompts)
        if n == 0:
            return ScoreResponse(rewards=[])
        k = len(replicas)
        if k <= 1:
            return ScoreResponse(rewards=score_chunk(0, req.prompts, req.responses))
        step = math.ceil(n / k)
        jobs = [(i, req.prompts[i * step:(i + 1) * step], req.responses[i * step:(i + 1) * step]) for i in range(k)]
        out = []
        with ThreadPoolExecutor(max_workers=k) as pool:
            for fut in [pool.submit(score_chunk, *j) for j in jobs]:
                out.extend(fut.result())
        return ScoreResponse(rewards=out)
    except Exception as exc:
        raise HTTPException(status_code=500, detail=str(exc))
    finally:
        gc.collect()
        torch.cuda.empty_cache()


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=int(os.getenv("REWARD_SERVER_PORT", "8000")))
