import logging
import os
from typing import Any, Dict, Generator, List

import gradio as gr
import openai
from huggingface_hub import AsyncInferenceClient
from transformers import AutoTokenizer

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

OPENAI_KEY = open("/run/secrets/OPENAI_API_KEY").read().strip("\n")
HF_TOKEN = open("/run/secrets/HF_TOKEN").read().strip("\n")
TOKENIZER = AutoTokenizer.from_pretrained(os.getenv("HF_MODEL"))

HF_CLIENT = AsyncInferenceClient(os.getenv("HF_URL"), token=HF_TOKEN)
OAI_CLIENT = openai.AsyncClient(api_key=OPENAI_KEY)

HF_GENERATE_KWARGS = {
    'temperature': max(float(os.getenv("TEMPERATURE")), 1e-2),
    'max_new_tokens': int(os.getenv("MAX_NEW_TOKENS")),
    'top_p': float(os.getenv("TOP_P")),
    'repetition_penalty': float(os.getenv("REP_PENALTY")),
    'do_sample': bool(os.getenv("DO_SAMPLE")),
    'seed': int(os.getenv("SEED")),
}

OAI_GENERATE_KWARGS = {
    'temperature': max(float(os.getenv("TEMPERATURE")), 1e-2),
    'max_tokens': int(os.getenv("MAX_NEW_TOKENS")),
    'top_p': float(os.getenv("TOP_P")),
    'frequency_penalty': max(-2, min(float(os.getenv("FREQ_PENALTY")), 2)),
    'seed': int(os.getenv("SEED")),
}


def format_prompt(message: str, api_kind: str):
    messages: List[Dict[str, Any]] = [{'role': 'user', 'content': message}]
    if api_kind == "openai":
        return messages
    if api_kind == "hf":
        return TOKENIZER.apply_chat_template(messages, tokenize=False)
    raise ValueError("API is not supported")


async def generate_hf(prompt: str, history: str) -> Generator[str, None, str]:
    formatted = format_prompt(prompt, "hf")
    try:
        stream = await HF_CLIENT.text_generation(formatted, **HF_GENERATE_KWARGS, stream=True,
                                                 details=True, return_full_text=False)
        output = ""
        async for response in stream:
            output += response.token.text
            yield output
    except Exception as e:
        if "Too Many Requests" in str(e):
            raise gr.Error(f"Too many requests: {e}")
        raise gr.Error(f"Unhandled Exception: {e}")


async def generate_openai(prompt: str, history: str) -> Generator[str, None, str]:
    try:
        stream = await OAI_CLIENT.chat.completions.create(
            model=os.getenv("OPENAI_MODEL"),
            messages=format_prompt(prompt, "openai"),
            **OAI_GENERATE_KWARGS,
            stream=True,
        )
        output = ""
        async for chunk in stream:
            if chunk.choices[0].delta.content:
                output += chunk.choices[0].delta.content
                yield output
    except Exception as e:
        raise gr.Error(f"Unhandled Exception: {e}")
