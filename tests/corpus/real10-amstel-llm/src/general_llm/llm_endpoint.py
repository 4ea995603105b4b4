MODEL_NAME = 'llama'
assert MODEL_NAME in ('llama', 'gemma')

from typing import Any, Dict, List

import requests
import uvicorn
from fastapi import FastAPI
from llama_cpp import Llama, LlamaGrammar
from loguru import logger
from pydantic import BaseModel


class EndpointInput(BaseModel):
    user_prompt: str = None
    system_prompt: str = None
    stop: List[str] = []


def call_generation_api(prompt: str, stop: list = None) -> str:
    """client side: plain completion"""
    resp = requests.post('http://localhost:8000/generate', json={"prompt": prompt, "stop": stop})
    return resp.json().get('choices')[0].get('text')


app = FastAPI()

if MODEL_NAME == 'llama':
    @app.on_event("startup")
    async def load_llm():
        global llm, eot
        llm = Llama(
            model_path='/home/amstel/llm/models/Publisher/Repository/Meta-Llama-3-8B-Instruct-Q6_K.gguf',
            n_gpu_layers=33,
            n_ctx=8192,
            flash_attn=True,
        )
        eot = ['<|eot_id|>']

    @app.get("/")
    async def hello() -> dict[str, str]:
        return {"model_name": "llama3"}
else:
    @app.on_event("startup")
    async def load_llm():
        global llm, eot
        llm = Llama(
            model_path='/home/amstel/llm/models/bartowski/gemma-2-9b-it-GGUF/gemma-2-9b-it-Q5_K_S.gguf',
            n_gpu_layers=42,
            n_ctx=1024,
            flash_attn=True,
        )
        eot = ['<end_of_turn>']

    @app.get("/")
    async def hello() -> dict[str, str]:
        return {"model_name": "gemma2"}


@app.post("/generate")
async def generate(payload: dict) -> Dict[str, Any]:
    stop = (payload.get('stop') or []) + eot
    grammar = None
    if payload.get('grammar_path', '').endswith('.gbnf'):
        grammar = LlamaGrammar.from_file(file=payload['grammar_path'])
    logger.debug(payload.get('prompt'))
    return llm(prompt=payload.get('prompt'), grammar=grammar, stop=stop, max_tokens=-1, temperature=0.0, top_k=40)


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
