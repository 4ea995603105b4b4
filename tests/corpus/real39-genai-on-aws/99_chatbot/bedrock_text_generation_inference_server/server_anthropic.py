import asyncio
import json
import random
from typing import Optional

import boto3
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

bedrock = boto3.client('bedrock', 'us-east-1')

app = FastAPI()

# AWS credentials come from the usual places (env, profile, instance role)

DEFAULT_TEMPERATURE = 0.7
DEFAULT_MAX_TOKENS = 100


class RequestBody(BaseModel):
    inputs: str
    parameters: Optional[dict]


async def get_bedrock_stream_data(request):
    # Anthropic takes "prompt", Titan takes "inputText"
    body = json.dumps({"prompt": request.inputs, "max_tokens_to_sample": 300})
    #modelId = 'amazon.titan-tg1-large' # another provider's model
    modelId = 'anthropic.claude-v1'
    accept = 'application/json'
    contentType = 'application/json'

    response = bedrock.invoke_model(body=body, modelId=modelId, accept=accept, contentType=contentType)
    response_body = json.loads(response.get('body').read())

    # Anthropic: "completion"; Titan: "results.outputText"
    tok = {
        "token": {"id": random.randrange(0, 2**32), "text": response_body.get("completion"),
                  "logprob": 0, "special": False},
        "generated_text": None,
        "details": None,
    }
    yield f"data:{json.dumps(tok, separators=(',', ':'))}" + "\n\n</s>"
    await asyncio.sleep(0)


@app.post("/generate_stream")
async def chat_completions(request: RequestBody):
    return StreamingResponse(get_bedrock_stream_data(request), media_type="text/event-stream")
