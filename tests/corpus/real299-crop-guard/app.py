import gradio as gr
import spaces
import torch
import os
from PIL import Image
from transformers import AutoImageProcessor, AutoModelForImageClassification
try:
    from llama_cpp import Llama
except ImportError:
    Llama = None
from huggingface_hub import hf_hub_download

# --- 1. SYSTEM INITIALIZATION & MODEL INGESTION ---
print("[System] Allocating local models...")

VISION_MODEL_ID = "Usefulmech/vit-plant-disease-advisor" 
try:
    image_processor = AutoImageProcessor.from_pretrained("google/vit-base-patch16-224")
    vision_model = AutoModelForImageClassification.from_pretrained(VISION_MODEL_ID)
    vision_model.eval()
    print(f"[System] Successfully loaded {VISION_MODEL_ID}")
except Exception as e:
    print(f"[Warning] Failed to load {VISION_MODEL_ID}. Falling back to base model for testing. Error: {e}")
    VISION_MODEL_ID = "google/vit-base-patch16-224"
    image_processor = AutoImageProcessor.from_pretrained(VISION_MODEL_ID)
    vision_model = AutoModelForImageClassification.from_pretrained(VISION_MODEL_ID)
    vision_model.eval()

# B. Local LLM GGUF Setup via llama.cpp
try:
    print("[System] Fetching GGUF weights from Hub...")
    model_path = hf_hub_download(
        repo_id="Qwen/Qwen2.5-3B-Instruct-GGUF",
        filename="qwen2.5-3b-instruct-q4_k_m.gguf",
        local_dir="./models"
    )
    llm = Llama(model_path=model_path, n_ctx=2048, n_threads=4)
    print("[System] LLM successfully initialized.")
except Exception as e:
    print(f"[Critical Error] Failed to initialize llama.cpp: {e}")
    llm = None

def parse_label(raw_label):
    if raw_label == "healthy":
        return "Healthy plant foliage with no active disease patterns detected"
    # Convert 'Tomato___Late_blight' to 'Tomato: Late Blight'
    clean = str(raw_label).replace("___", ": ").replace("__", " ").replace("_", " ")
    return clean.title()
