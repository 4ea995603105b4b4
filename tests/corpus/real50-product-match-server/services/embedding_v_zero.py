import base64
import io
import os

import cohere
import numpy as np
from dotenv import load_dotenv
from PIL import Image

load_dotenv()
co = cohere.ClientV2(os.getenv("COHERE_API_KEY", ""))


def image_to_base64(image_path: str) -> str:
    with Image.open(image_path) as image:
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="JPEG")
        return f"data:image/jpeg;base64,{base64.b64encode(buffer.getvalue()).decode('utf-8')}"


def get_image_embedding(image_path: str):
    """Embedding of an image from Cohere's multimodal model."""
    response = co.embed(
        model="embed-english-v3.0",
        input_type="image",
        embedding_types=["float"],
        images=[image_to_base64(image_path)],
    )
    return np.array(response.embeddings.float)


def get_text_embedding(text: str):
    response = co.embed(
        texts=[text],
        model="embed-english-v3.0",
        input_type="search_document",
        embedding_types=["float"],
    )
    return np.array(response.embeddings.float)


if __name__ == "__main__":
    image_path = "data/images/10000.jpg"
    print(get_text_embedding("Sample text").shape, get_image_embedding(image_path).shape)
