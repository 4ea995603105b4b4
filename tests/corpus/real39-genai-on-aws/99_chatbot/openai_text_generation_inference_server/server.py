"""
server.py: exposes OpenAI chat completions behind TGI's /generate_stream API,
so chat-ui can talk to OpenAI as if it were a text-generation-inference server.
"""
import asyncio
import json
import os
import random
from typing import Optional

import openai
from dotenv import load_dotenv
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

load_dotenv()

app = FastAPI()

openai.api_key = os.environ['OPENAI_API_KEY']
DEFAULT_TEMPERATURE = 0.7
DEFAULT_MAX_TOKENS = 4096


class RequestBody(BaseModel):
    inputs: str
    parameters: Optional[dict]


async def get_openai_stream_data(request):
    events = await openai.ChatCompletion.acreate(
        model="gpt-4-1106-preview",
        messages=[{"role": "user", "content": request.inputs}],
        stream=True,
        temperature=DEFAULT_TEMPERATURE,
        max_tokens=DEFAULT_MAX_TOKENS,
    )
    gen_text, tok_cnt = "", 0
    async for event in events:
        content = event['choices'][0]['delta'].get('content')
        finish_reason = event['choices'][0]['finish_reason']
        tok_cnt += 1
        if content:
            gen_text += content
        done = finish_reason is not None
        tok = {
            "token": {"id": random.randrange(0, 2**32), "text": content, "logprob": 0, "special": done},
            "generated_text": gen_text if done else None,
            "details": {"finish_reason": finish_reason, "generated_tokens": tok_cnt - 1} if done else None,
        }
        yield f"data:{json.dumps(tok, separators=(',', ':'))}" + ("\n\n\n" if done else "\n\n")
        await asyncio.sleep(0)


@app.post("/generate_stream")
async def chat_completions(request: RequestBody):
    return StreamingResponse(get_openai_stream_data(request), media_type="text/event-stream")
