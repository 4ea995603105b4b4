from typing import Iterator, List, Optional

import google.generativeai as genai
from google.generativeai.types.generation_types import GenerationConfig

from gptcli.completion import (
    CompletionEvent,
    CompletionProvider,
    Message,
    MessageDeltaEvent,
    Pricing,
    UsageEvent,
)

ROLE_MAP = {"user": "user", "assistant": "model"}


def map_message(message: Message):
    return {"role": ROLE_MAP[message["role"]], "parts": [message["content"]]}


class GoogleCompletionProvider(CompletionProvider):
    def complete(self, messages: List[Message], args: dict, stream: bool = False) -> Iterator[CompletionEvent]:
        config = GenerationConfig(temperature=args.get("temperature"), top_p=args.get("top_p"))
        model_name = args["model"]
        if messages[0]["role"] == "system":
            system_instruction, messages = messages[0]["content"], messages[1:]
        else:
            system_instruction = "-"
        model = genai.GenerativeModel(model_name, system_instruction=system_instruction)
        response = model.generate_content([map_message(m) for m in messages],
                                          generation_config=config, stream=stream)
        if stream:
            for chunk in response:
                yield MessageDeltaEvent(chunk.text)
        else:
            yield MessageDeltaEvent(response.text)

        prompt_tokens = response.usage_metadata.prompt_token_count
        completion_tokens = response.usage_metadata.candidates_token_count
        pricing = get_gemini_pricing(model_name, prompt_tokens)
        if pricing:
            yield UsageEvent.with_pricing(
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                total_tokens=prompt_tokens + completion_tokens,
                pricing=pricing,
            )


def get_gemini_pricing(model: str, prompt_tokens: int) -> Optional[Pricing]:
    if model.startswith("gemini-1.5-flash"):
        return {
            "prompt": (0.35 if prompt_tokens < 128000 else 0.7) / 1_000_000,
            "response": (1.05 if prompt_tokens < 128000 else 2.10) / 1_000_000,
        }
    elif model.startswith("gemini-1.5-pro"):
        return {
            "prompt": (3.50 if prompt_tokens < 128000 else 7.00) / 1_000_000,
            "response": (10.5 if prompt_tokens < 128000 else 21.0) / 1_000_000,
        }
    elif model.startswith("gemini-pro"):
        return {"prompt": 0.50 / 1_000_000, "response": 1.50 / 1_000_000}
    return None
