"""LiteLLM provider - default provider with broad model support."""

import time

from .base import CompletionRequest, CompletionResponse, Message, Provider, Usage


class LiteLLMProvider(Provider):
    """
    Provider using LiteLLM for broad model support.

    LiteLLM auto-detects the provider from the model string:
    - "claude-sonnet-4-5-20250514" -> Anthropic
    - "gpt-4o" -> OpenAI
    - "gemini/gemini-pro" -> Google
    """

    def __init__(self, model: str, logger=None):
        self.model = model
        self.logger = logger
        self._litellm = None

    @property
    def litellm(self):
        if self._litellm is None:
            import litellm

            litellm.suppress_debug_info = True
            self._litellm = litellm
        return self._litellm

    def complete(self, request: CompletionRequest) -> CompletionResponse:
        raw_request = {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
        }
        if request.tools:
            raw_request["tools"] = request.tools
        start = time.monotonic()
        response = self.litellm.completion(**raw_request)
        latency_ms = int((time.monotonic() - start) * 1000)
        raw_response = response.model_dump()
        choice = response.choices[0]
        provider_name = f"litellm/{self._get_provider()}"
        if self.logger:
            self.logger.log_completion(provider=provider_name, request=raw_request,
                                       response=raw_response, latency_ms=latency_ms)
        return CompletionResponse(
            message=Message(role="assistant", content=choice.message.content or ""),
            usage=Usage(input_tokens=response.usage.prompt_tokens,
                        output_tokens=response.usage.completion_tokens),
            raw_request=raw_request,
            raw_response=raw_response,
            provider=provider_name,
            latency_ms=latency_ms,
            model=self.model,
        )

    def _get_provider(self) -> str:
        try:
            _, provider, *_ = self.litellm.get_llm_provider(self.model)
            return provider
        except Exception:
            return "unknown"
