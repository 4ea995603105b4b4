import hashlib
import traceback

import redis
import torch
from flask import Flask, request
from transformers import MarianMTModel, MarianTokenizer

store = redis.StrictRedis(host="localhost", port=6379, db=0)


def redis_cache(conn):
    """Memoise translations in Redis, keyed by the md5 of the input text."""

    def decorator(fn):
        def wrapped(*args, **kwargs):
            key = hashlib.md5(args[0].encode("utf-8")).hexdigest()
            hit = conn.get(key)
            if hit:
                return hit.decode()
            value = fn(*args, **kwargs)
            if not conn.exists(key):
                conn.set(key, value)
            return value

        return wrapped

    return decorator


# many-to-English translator, moved to GPU when one is present
mt_name = "Helsinki-NLP/opus-mt-mul-en"
tokenizer = MarianTokenizer.from_pretrained(mt_name)
model = MarianMTModel.from_pretrained(mt_name)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model.to(device)


@redis_cache(store)
def to_english(text):
    batch = tokenizer(text, return_tensors="pt").to(device)
    out = model.generate(**batch, num_beams=10)
    return tokenizer.decode(out[0], skip_special_tokens=True)


app = Flask(__name__)


@app.route("/translate", methods=["POST"])
def translate_endpoint():
    try:
        body = request.get_json(force=True)
        if "text" not in body:
            return {"result": "No text string passed", "success": False}
        return {"result": to_english(body["text"]), "success": True}
    except Exception:
        print(traceback.format_exc())
        return {"result": "Internal error", "success": False}


@app.errorhandler(404)
def not_found(_req):
    return {"response": "Invalid endpoint"}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8081)
