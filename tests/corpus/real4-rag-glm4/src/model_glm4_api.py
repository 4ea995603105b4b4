from typing import Any

from openai import OpenAI

from config import api_key, model_name
from logger import logger

client, model = None, None


def load_glm4_api():
    global client, model
    client = OpenAI(api_key=api_key, base_url="https://open.bigmodel.cn/api/paas/v4/")
    model = model_name
    logger.info(f"api model: {model}")


def glm4_api_stream_chat(query, history, **kw: Any):
    msgs = list(history) + [{"role": "user", "content": query}]
    stream = client.chat.completions.create(
        model=model,
        messages=msgs,
        temperature=kw.get("temperature", 0.1),
        stream=True,
    )
    for chunk in stream:
        delta = chunk.choices[0].delta
        if delta.content:
            yield delta.content
