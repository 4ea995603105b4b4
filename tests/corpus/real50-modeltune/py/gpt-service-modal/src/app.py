"""
Main web service: serves the static frontend and the API routes for
language model generation and fine-tuning.
"""

import os
from typing import Literal, Optional, TypedDict

import modal

from .common import finetunes_volume, stub
from .inference import Inference


class Message(TypedDict):
    role: Literal["System", "Human", "Assistant"]
    content: str


def train_finetune(base_model_repo_id, dataset_repo_id: str, dataset_feature: str, model_name: str, wandb_key: Optional[str]):
    remote = Inference.remote(base_model_repo_id)
    remote.train.call(
        dataset_repo_id,
        dataset_feature,
        f"{base_model_repo_id.replace('/', '--')}/{model_name}",
        wandb_key,
    )


@stub.function(
    cloud="gcp",
    image=stub.download_image,
    container_idle_timeout=300,
    timeout=600,
    shared_volumes={"/finetunes": finetunes_volume},
)
@modal.asgi_app()
def web():
    from fastapi import BackgroundTasks, FastAPI, Query
    from fastapi.middleware.cors import CORSMiddleware
    from fastapi.responses import StreamingResponse
    from pydantic import BaseModel

    web_app = FastAPI()
    web_app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["POST", "GET", "DELETE"], allow_headers=["*"])

    class StatsRequest(BaseModel):
        repo_id: str = Query("")
        model_path: str = Query("")

    class ChatCompletionRequest(BaseModel):
        repo_id: str
        lora: Optional[str]
        content: str
        generation_args: dict

    class TrainRequest(BaseModel):
        base_model_repo_id: str
        dataset_repo_id: str
        dataset_feature: str
        model_name: str
        wandb_key: Optional[str]

    @web_app.post("/generate")
    async def generate(body: ChatCompletionRequest):
        remote = Inference.remote(body.repo_id)

        def cumulative():
            full = ""
            for text in remote.predict.call(body.content, generation_args=body.generation_args, lora=body.lora):
                full += text
                yield full

        return StreamingResponse(cumulative(), media_type="text/event-stream")

    @web_app.get("/finetunes")
    async def list_finetunes(base_model_repo_id: str):
        finetunes_path = f"/finetunes/{base_model_repo_id.replace('/', '--')}"
        return os.listdir(finetunes_path) if os.path.exists(finetunes_path) else []

    @web_app.post("/train")
    async def train(body: TrainRequest, background_tasks: BackgroundTasks):
        background_tasks.add_task(train_finetune, body.base_model_repo_id, body.dataset_repo_id,
                                  body.dataset_feature, body.model_name, body.wandb_key)
        return {"status": "ok"}

    return web_app
