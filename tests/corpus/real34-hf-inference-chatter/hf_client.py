from __future__ import annotations

import os
from typing import Iterable, Literal, Optional

from huggingface_hub import InferenceClient, login
from huggingface_hub import logout as hf_logout

from logging_utils import get_logger

logger = get_logger(__name__)


class HFChatClient:
    """Encapsulate `huggingface_hub.InferenceClient` setup and chat calls.

    Backends:
    - model: plain HF model id (e.g., "HuggingFaceH4/zephyr-7b-beta")
    - provider: provider-routed id (e.g., "openai/gpt-oss-120b:fireworks-ai")
    - endpoint: full inference endpoint URL (e.g., "http://localhost:1234").
    """

    def __init__(self, default_model: str = "openai/gpt-oss-120b", token: Optional[str] = None) -> None:
        self.default_model = default_model
        self.token = token if token else None
        os.environ["HF_HUB_DISABLE_IMPLICIT_TOKEN"] = "1"
        try:
            login()
        except Exception as exc:
            fallback_token = self.token or os.getenv("HF_TOKEN") or os.getenv("HUGGINGFACEHUB_API_TOKEN")
            if fallback_token:
                login(token=fallback_token)
                self.token = fallback_token
            else:
                logger.warning("hf_login_failed", extra={"error": str(exc)})

    @staticmethod
    def _select_target(backend, model_id, provider, endpoint_url, default_model) -> str:
        match backend:
            case "endpoint":
                if not endpoint_url:
                    raise ValueError("Endpoint URL is required for backend 'endpoint'.")
                return endpoint_url
            case "provider":
                if not model_id or not provider:
                    raise ValueError("Model id and provider are required for backend 'provider'.")
                return f"{model_id}:{provider}"
            case "model":
                return model_id or default_model
            case _:
                raise ValueError("Invalid backend.")

    @staticmethod
    def _initialise_client(backend: Literal["model", "provider", "endpoint"], model_id=None,
                           provider=None, token=None) -> InferenceClient:
        if backend == "provider":
            return InferenceClient(provider=provider, model=model_id, token=token)
        return InferenceClient(model=model_id, token=token)

    def chat(self, message: str, history: list, system_message: str, max_tokens: int,
             temperature: float, top_p: float, stream: bool, backend, model_id: Optional[str],
             provider: Optional[str], endpoint_url: Optional[str], api_token: Optional[str] = None) -> Iterable[str]:
        messages = [{"role": "system", "content": system_message}] + list(history or [])
        messages.append({"role": "user", "content": message})
        client = self._initialise_client(backend, model_id or endpoint_url, provider, api_token or self.token)
        acc = ""
        for chunk in client.chat_completion(messages=messages, max_tokens=max_tokens, stream=True,
                                            temperature=temperature, top_p=top_p):
            acc += getattr(chunk.choices[0].delta, "content", None) or ""
            yield acc

    def logout(self) -> bool:
        try:
            hf_logout()
        except Exception as exc:
            logger.error("hf_logout_failed", extra={"error": str(exc)})
            return False
        for key in ("HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN"):
            os.environ.pop(key, None)
        self.token = None
        return True
