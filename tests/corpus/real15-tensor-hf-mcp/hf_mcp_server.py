import os
from io import BytesIO
from typing import Any, Dict, Optional

import requests
from mcp.server.fastmcp import FastMCP, Image
from PIL import Image as PILImage


def read_token():
    try:
        with open("docs/Hf_token", "r") as fh:
            return fh.read().strip()
    except Exception as exc:  # noqa: BLE001
        print(f"could not read HF token: {exc}")
        return None


HF_TOKEN = read_token()
INFERENCE_BASE = "https://api-inference.huggingface.co/models/"
HUB_API = "https://huggingface.co/api/"

mcp = FastMCP("HuggingFace MCP")


def auth():
    return {"Authorization": f"Bearer {HF_TOKEN}"}


async def call_model(model_id: str, inputs: Any, parameters: Optional[Dict[str, Any]] = None) -> Any:
    body = {"inputs": inputs}
    if parameters:
        body["parameters"] = parameters
    r = requests.post(f"{INFERENCE_BASE}{model_id}", headers=auth(), json=body)
    if r.status_code != 200:
        return f"Error: {r.status_code} - {r.text}"
    return r.json()


@mcp.resource("hf://models/{model_type}")
def models_of_type(model_type: str) -> str:
    r = requests.get(f"{HUB_API}models?filter={model_type}&limit=20", headers=auth())
    if r.status_code != 200:
        return f"Error: {r.status_code}"
    return "\n".join(f"- **{m['id']}**" for m in r.json())


@mcp.resource("hf://model/{model_id}/info")
def model_info(model_id: str) -> str:
    r = requests.get(f"{HUB_API}models/{model_id}", headers=auth())
    if r.status_code != 200:
        return f"Error: {r.status_code}"
    info = r.json()
    return f"# {info['id']}\n**Downloads:** {info.get('downloads')}\n**Tags:** {', '.join(info.get('tags', []))}"


@mcp.tool()
async def search_models(query: str, limit: int = 10) -> str:
    r = requests.get(f"{HUB_API}models?search={query}&limit={limit}", headers=auth())
    if r.status_code != 200:
        return f"Error: {r.status_code}"
    return "\n".join(f"- **{m['id']}**" for m in r.json())


@mcp.tool()
async def text_generation(model_id: str, prompt: str, max_length: int = 100, temperature: float = 0.7) -> str:
    out = await call_model(model_id, prompt, {"max_length": max_length, "temperature": temperature,
                                              "return_full_text": False})
    if isinstance(out, list) and out and isinstance(out[0], dict):
        return out[0].get("generated_text", str(out))
    return str(out)


@mcp.tool()
async def image_generation(model_id: str, prompt: str) -> Image:
    r = requests.post(f"{INFERENCE_BASE}{model_id}", headers=auth(), json={"inputs": prompt})
    if r.status_code != 200:
        raise Exception(f"Error: {r.status_code} - {r.text}")
    pic = PILImage.open(BytesIO(r.content))
    return Image(data=r.content, format=pic.format.lower())


@mcp.tool()
async def summarization(model_id: str, text: str, max_length: int = 130, min_length: int = 30) -> str:
    out = await call_model(model_id, text, {"max_length": max_length, "min_length": min_length})
    if isinstance(out, list) and out and isinstance(out[0], dict):
        return out[0].get("summary_text", str(out))
    return str(out)


@mcp.prompt()
def text_generation_prompt() -> str:
    return """
    Let's generate text with a Hugging Face model. Tell me:
    1. the model ID (e.g., "gpt2", "EleutherAI/gpt-neo-1.3B")
    2. your prompt
    3. optional max_length / temperature
    """


@mcp.prompt()
def image_generation_prompt() -> str:
    return """
    Let's make an image with a text-to-image model. Tell me:
    1. the model ID (e.g., "stabilityai/stable-diffusion-2", "runwayml/stable-diffusion-v1-5")
    2. a description of the picture
    """


if __name__ == "__main__":
    mcp.run()
