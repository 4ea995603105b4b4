import logging
import time
from typing import Iterator, Optional

from llama_cpp import Llama
from pydantic_settings import BaseSettings

logger = logging.getLogger(__name__)


class LLMSettings(BaseSettings):
    model_path: str = "./models/mistral-7b-instruct-v0.2.Q5_K_M.gguf"
    n_ctx: int = 4096
    n_threads: int = 8
    n_gpu_layers: int = 0
    max_tokens: int = 512

    class Config:
        env_prefix = "LLM_"


settings = LLMSettings()
llm: Optional[Llama] = None


def initialize_model():
    global llm
    start = time.time()
    logger.info(f"Loading model from {settings.model_path}")
    llm = Llama(
        model_path=settings.model_path,
        n_ctx=settings.n_ctx,
        n_threads=settings.n_threads,
        n_gpu_layers=settings.n_gpu_layers,
        verbose=False,
    )
    logger.info(f"Model loaded in {time.time() - start:.2f} seconds")


def generate_response_stream(prompt: str, max_tokens: Optional[int] = None) -> Iterator[str]:
    if llm is None:
        raise RuntimeError("Model not initialized. Call initialize_model() first.")
    for chunk in llm(prompt, max_tokens=max_tokens or settings.max_tokens,
                     stop=["</s>", "Human:"], stream=True, temperature=0.7):
        token = chunk["choices"][0].get("text", "")
        if token:
            yield token
