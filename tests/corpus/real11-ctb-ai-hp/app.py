from huggingface_hub import InferenceClient

from config.config import api_token
from config.models import models
from src.gradio_interface import demo

# the client is created per request in src/img_gen.py
# client = InferenceClient(models[0]["name"], token=api_token)

demo.launch()
