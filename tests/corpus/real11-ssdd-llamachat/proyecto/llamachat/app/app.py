import http
import os
import time
import uuid
from threading import Lock, Thread
from typing import cast

from flask import Flask, Response, jsonify, redirect, request, url_for


class Backend:
    ready = False
    pending = {}
    queue = []
    lock = Lock()

    def load(self) -> None:
        raise NotImplementedError

    def answer(self, prompt: str) -> str:
        raise NotImplementedError


class FakeBackend(Backend):
    def load(self) -> None:
        time.sleep(5)
        self.ready = True

    def answer(self, prompt: str) -> str:
        time.sleep(5)
        return "DUMMY answer"


class LlamaBackend(Backend):
    def load(self) -> None:
        from ctransformers import AutoModelForCausalLM

        self._llm = AutoModelForCausalLM.from_pretrained(
            "TheBloke/Llama-2-7b-Chat-GGUF",
            model_file="llama-2-7b-chat.Q4_K_M.gguf",
            model_type="llama",
            gpu_layers=0,
        )
        self.ready = True

    def answer(self, prompt: str) -> str:
        wrapped = (
            "Eres un asistente que responde de forma breve y solo en español.\n"
            f"Usuario: {prompt.strip()}\nAsistente:"
        )
        return cast(str, self._llm(wrapped, stream=False)).strip()


backend = FakeBackend() if os.environ.get("DUMMY") else LlamaBackend()


def worker():
    backend.load()
    while True:
        with backend.lock:
            job = backend.queue.pop(0) if backend.queue else None
        if job is None:
            time.sleep(0.1)
            continue
        token, item = job
        item["answer"] = backend.answer(item["prompt"])


app = Flask(__name__, static_url_path="")


@app.route("/")
def index():
    return redirect(url_for("prompt"))


@app.route("/prompt", methods=["GET", "POST"])
def prompt():
    if request.method != "POST":
        return "llamachat 1.0: POST a prompt"
    if not backend.ready:
        return Response("Still initializing...\n", http.HTTPStatus.PROCESSING)
    if not request.is_json or not request.json.get("prompt"):
        return Response('application/json with {"prompt": "..."} required\n', http.HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
    token = str(uuid.uuid4())
    with backend.lock:
        backend.queue.append((token, request.json))
        backend.pending[token] = request.json
    return Response("Accepted\n", status=http.HTTPStatus.ACCEPTED, headers={"Location": f"/response/{token}"})


@app.route("/response/<token>")
def response(token):
    item = backend.pending.get(token)
    if not item:
        return Response("Token unknown.\n", http.HTTPStatus.NOT_FOUND)
    if "answer" not in item:
        return Response("Still generating.\n", http.HTTPStatus.PROCESSING)
    return jsonify(item)


if __name__ == "__main__":
    Thread(target=worker, daemon=True).start()
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5020)))
