# app/main.py
# FastAPI wrapper around a local Ollama server, with a tiny playground page.
#  - OLLAMA_URL comes from .env (falls back to http://127.0.0.1:11434)
#  - /models lists the Ollama tags, /chat and /stream generate

import json
import os
from typing import Generator, Optional

import requests
from dotenv import find_dotenv, load_dotenv
from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from pydantic import BaseModel

load_dotenv(find_dotenv())

app = FastAPI(title="FastAPI + Ollama")

OLLAMA_URL = os.getenv("OLLAMA_URL", "http://127.0.0.1:11434").rstrip("/")
SESSION_TIMEOUT = (5, 120)


class ChatIn(BaseModel):
    prompt: str
    model: Optional[str] = "phi3:mini"
    temperature: Optional[float] = 0.7
    top_p: Optional[float] = 0.9
    max_tokens: Optional[int] = 512  # becomes num_predict for Ollama


@app.get("/health")
def health():
    try:
        r = requests.get(f"{OLLAMA_URL}/api/tags", timeout=10)
        r.raise_for_status()
        names = [m.get("name") for m in r.json().get("models", []) if m.get("name")]
        return {"ok": True, "ollama_url": OLLAMA_URL, "models": names}
    except Exception as e:
        return JSONResponse(status_code=502, content={"ok": False, "error": str(e)})


@app.get("/models")
def models():
    try:
        r = requests.get(f"{OLLAMA_URL}/api/tags", timeout=30)
        r.raise_for_status()
        data = r.json()
        return {"names": [m["name"] for m in data.get("models", [])], "raw": data}
    except requests.RequestException as e:
        raise HTTPException(status_code=502, detail=f"Ollama error: {e}")


@app.get("/chat")
def chat_get(prompt: str, model: str = "phi3:mini", temperature: float = 0.7,
             top_p: float = 0.9, max_tokens: int = 512):
    return _chat_full(prompt, model, temperature, top_p, max_tokens)


@app.post("/chat")
def chat_post(body: ChatIn):
    return _chat_full(body.prompt, body.model or "phi3:mini", body.temperature or 0.7,
                      body.top_p or 0.9, body.max_tokens or 512)


@app.get("/stream")
def stream_get(prompt: str, model: str = "phi3:mini", temperature: float = 0.7,
               top_p: float = 0.9, max_tokens: int = 512):
    gen = _chat_stream(prompt, model, temperature, top_p, max_tokens)
    return StreamingResponse(gen, media_type="text/plain")


def _payload(prompt, model, temperature, top_p, max_tokens):
    options = {"temperature": float(temperature), "top_p": float(top_p),
               "num_predict": int(max_tokens)}
    return {"model": model, "prompt": prompt, "options": options}


def _chat_full(prompt, model, temperature, top_p, max_tokens):
    chunks = []
    try:
        with requests.post(f"{OLLAMA_URL}/api/generate",
                           json=_payload(prompt, model, temperature, top_p, max_tokens),
                           stream=True, timeout=SESSION_TIMEOUT) as r:
            r.raise_for_status()
            for line in r.iter_lines():
                if line:
                    chunks.append(json.loads(line).get("response", ""))
    except requests.Timeout:
        raise HTTPException(status_code=504, detail="Timeout talking to Ollama")
    return {"model": model, "prompt": prompt, "response": "".join(chunks)}


def _chat_stream(prompt, model, temperature, top_p, max_tokens) -> Generator[str, None, None]:
    with requests.post(f"{OLLAMA_URL}/api/generate",
                       json=_payload(prompt, model, temperature, top_p, max_tokens),
                       stream=True, timeout=SESSION_TIMEOUT) as r:
        for line in r.iter_lines():
            if line:
                yield json.loads(line).get("response", "")


@app.get("/playground", response_class=HTMLResponse)
def playground():
    return """
<!doctype html>
<html>
<head><meta charset="utf-8" /><title>Ollama Playground</title></head>
<body>
  <h2>Ollama Playground</h2>
  <label>Model</label> <select id="model"></select>
  <textarea id="prompt" rows="8"></textarea>
  <button onclick="send()">Send</button>
  <pre id="out"></pre>
<script>
async function loadModels(){
  const sel = document.getElementById('model');
  try{
    const data = await (await fetch('/models')).json();
    const names = data.names ?? [];
    if(names.length === 0){ names.push('phi3:mini'); }
    for(const m of names){
      const opt = document.createElement('option');
      opt.value = m; opt.textContent = m; sel.appendChild(opt);
    }
  }catch(e){
    const opt = document.createElement('option');
    opt.value = 'phi3:mini'; opt.textContent = 'phi3:mini';
    sel.appendChild(opt);
  }
}
async function send(){
  const body = {model: document.getElementById('model').value,
                prompt: document.getElementById('prompt').value};
  const res = await fetch('/chat', {method: 'POST', headers: {'Content-Type': 'application/json'},
                                    body: JSON.stringify(body)});
  document.getElementById('out').textContent = (await res.json()).response;
}
loadModels();
</script>
</body>
</html>
    """
