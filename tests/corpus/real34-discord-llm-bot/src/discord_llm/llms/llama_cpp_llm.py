import os
from pathlib import Path
from typing import Any

from llama_cpp import Llama
from loguru import logger

# https://huggingface.co/TheBloke/OpenHermes-2-Mistral-7B-GGUF
DEFAULT_MODEL = str(Path.home() / "openhermes-2-mistral-7b.Q5_K_M.gguf")


class LlamaCppLLM:
    def __init__(self, model_path=DEFAULT_MODEL, main_gpu=1, n_ctx=1028, lazy=False, **kwargs):
        if not os.path.exists(model_path):
            raise FileNotFoundError(f"{model_path} not found.")
        self.model_path = model_path
        self.main_gpu = main_gpu
        self.n_ctx = n_ctx
        self.kwargs = kwargs
        self.llm = None if lazy else self._load()

    def _load(self):
        return Llama(
            model_path=self.model_path,
            main_gpu=self.main_gpu,
            n_ctx=self.n_ctx,
            verbose=False,
            **self.kwargs,
        )

    def __call__(self, query: str, document: str, **kwargs: Any) -> Any:
        if self.llm is None:
            logger.info("Initializing model")
            self.llm = self._load()
        prompt = f"""Answer the question using only the context below. If you don't know,
        say "I couldn't figure that out".
        {document[: self.n_ctx - 50]}
        ----
        Q: {query}
        A:"""
        result = self.llm(prompt=prompt, **kwargs)
        logger.info(result)
        return result["choices"][0]["text"]
