from flask import Flask, request, jsonify
from flask_cors import CORS
from transformers import BlipProcessor, BlipForConditionalGeneration, AutoModelForCausalLM, AutoTokenizer
from PIL import Image, ImageDraw, ImageFont # <-- Import Pillow components
import torch
import os
import random
import io # <-- Import io for in-memory bytes handling
import base64 # <-- Import base64 for encoding image data
import textwrap
import re

# --- Constants ---
FONT_PATH = "impact.ttf"
FONT_SIZE_RATIO = 0.08
TEXT_V_POSITION = 0.05 # Percentage from top for the *start* of the text block
TEXT_COLOR = "white"
STROKE_COLOR = "black"
STROKE_WIDTH_RATIO = 0.005
MAX_TEXT_WIDTH_RATIO = 0.90

# Initialize Flask app
app = Flask(__name__)
CORS(app)

# Load BLIP model for image captioning
print("Loading BLIP image captioning model...")
blip_processor = BlipProcessor.from_pretrained("Salesforce/blip-image-captioning-base")
blip_model = BlipForConditionalGeneration.from_pretrained("Salesforce/blip-image-captioning-base")

# Load Mistral-7B model for humor generation
print("Loading Mistral-7B model for humor generation...")
mistral_tokenizer = AutoTokenizer.from_pretrained("mistralai/Mistral-7B-Instruct-v0.2")
mistral_tokenizer.pad_token = mistral_tokenizer.eos_token
mistral_model = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-Instruct-v0.2")

# --- Functions ---
def generate_caption(image):
    """Generate a caption for a given PIL image."""
    print("Thinking... Generating caption for the image...")
    # image = Image.open(image_path).convert('RGB') # No need to open again if passed as PIL obj
    inputs = blip_processor(images=image, return_tensors="pt")
    with torch.no_grad():
        output = blip_model.generate(**inputs)
    caption = blip_processor.decode(output[0], skip_special_tokens=True)
    print("Caption generated:", caption)
    return caption
