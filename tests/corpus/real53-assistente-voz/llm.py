import requests

from client import client

SYSTEM = (
    "Você é um assistente que gera respostas curtas, objetivas e claras, "
    "adequadas para conversão em áudio (TTS). Evite listas longas."
)


def call_llm(text: str) -> str:
    url = "https://router.huggingface.co/v1/chat/completions"

    headers = {
        "Authorization": f"Bearer {client.token_llm}",
        "Content-Type": "application/json",
    }

    body = {
        "model": "openai/gpt-oss-120b:fastest",
        "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": text},
        ],
    }

    r = requests.post(url, headers=headers, json=body, timeout=60)
    if r.status_code != 200:
        raise Exception(f"LLM error: {r.status_code}: {r.text}")

    return r.json()["choices"][0]["message"]["content"]
