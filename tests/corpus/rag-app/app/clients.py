"""Direct SDK clients used by the evaluation and summarisation jobs."""
from __future__ import annotations

import anthropic
import google.generativeai as genai
import ollama
import openai
from litellm import completion
from mistralai import Mistral

JUDGE_MODEL = "gpt-4o-2024-08-06"
SUMMARY_MODEL = "claude-3-5-sonnet-20241022"


def judge(question: str, answer: str) -> str:
    client = openai.OpenAI()
    resp = client.chat.completions.create(
        model=JUDGE_MODEL,
        messages=[{"role": "user", "content": f"Q: {question}\nA: {answer}\nScore 1/10:"}],
        response_format={"type": "json_object"},
    )
    return resp.choices[0].message.content


def summarise(text: str) -> str:
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model=SUMMARY_MODEL,
        max_tokens=512,
        messages=[{"role": "user", "content": text}],
    )
    return msg.content[0].text


def gemini(text: str) -> str:
    return genai.GenerativeModel("gemini-1.5-pro").generate_content(text).text


def mistral(text: str) -> str:
    client = Mistral(api_key="...")
    return client.chat.complete(model="mistral-large-latest", messages=[{"role": "user", "content": text}])


def local(text: str) -> str:
    ollama.pull("llama3:8b")
    out = ollama.chat(model="llama3:8b", messages=[{"role": "user", "content": text}])
    return out["message"]["content"]


def local_embed(text: str) -> list[float]:
    return ollama.embeddings(model="mxbai-embed-large", prompt=text)["embedding"]


def via_litellm(text: str) -> str:
    # litellm routes on the provider prefix
    r1 = completion(model="openai/gpt-4o-mini", messages=[{"role": "user", "content": text}])
    r2 = completion(model="anthropic/claude-3-haiku-20240307", messages=[{"role": "user", "content": text}])
    r3 = completion(model="ollama/llama3.1", messages=[{"role": "user", "content": text}], api_base="http://localhost:11434")
    r4 = completion(model="huggingface/meta-llama/Meta-Llama-3.1-8B-Instruct", messages=[{"role": "user", "content": text}])
    return "\n".join(r.choices[0].message.content for r in (r1, r2, r3, r4))


def transcribe(path: str) -> str:
    with open(path, "rb") as fh:
        return openai.OpenAI().audio.transcriptions.create(model="whisper-1", file=fh).text
