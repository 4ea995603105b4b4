import json
import os
import pickle
import shutil
import subprocess
import time

import ollama
import streamlit as st
from paddleocr import PaddleOCR


@st.cache_resource
def ensure_ollama():
    """Install and start Ollama once per session, then make sure the model is there."""
    if not shutil.which("ollama"):
        subprocess.run("curl -fsSL https://ollama.com/install.sh | sh", shell=True, check=True)
    subprocess.Popen(["ollama", "serve"])

    client = None
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            client = ollama.Client(host="127.0.0.1:11434", timeout=2)
            client.list()
            break
        except Exception:
            time.sleep(1)
            client = None
    if not client:
        st.error("Ollama did not start in time.")
        st.stop()

    model_name = 'llama3:8b'
    present = [m.get("name") for m in client.list().get("models", [])]
    if model_name not in present:
        with st.spinner(f"Downloading {model_name}..."):
            ollama.pull(model_name)


@st.cache_resource
def load_assets(vec_path, clf_path, enc_path):
    out = []
    for p in (vec_path, clf_path, enc_path):
        with open(p, "rb") as fh:
            out.append(pickle.load(fh))
    return out


def parse_receipt(ocr_json):
    system = "You extract store, date, total and items from receipt OCR data. Reply with one JSON object."
    user = f"OCR DATA:\n{json.dumps(ocr_json, indent=2)}"
    client = ollama.Client(host="127.0.0.1:11434", timeout=120)
    reply = client.chat(
        model='llama3:8b',
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        format="json",
    )
    return json.loads(reply["message"]["content"])


st.set_page_config(layout="wide", page_title="Receipt Dashboard")
st.title("Receipt Processing & Spending Tracker")
ensure_ollama()

BASE = "."
vectorizer, classifier, encoder = load_assets(
    os.path.join(BASE, "tfidf_vectorizer.pkl"),
    os.path.join(BASE, "category_classifier.pkl"),
    os.path.join(BASE, "label_encoder.pkl"),
)
OUTPUT_FOLDER = os.path.join(BASE, "pipeline_outputs")
ocr = PaddleOCR(lang="en", use_textline_orientation=True)
