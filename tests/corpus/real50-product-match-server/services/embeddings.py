import logging
import os

import numpy as np
from dotenv import load_dotenv
from PIL import Image

load_dotenv()
logging.basicConfig(level=logging.INFO)

EMBEDDING_MODE = os.getenv("EMBEDDING_MODE", "cloud")
logging.info(f"Using {EMBEDDING_MODE.upper()} embedding mode")

TEXT_DIM = VISION_DIM = COMBINED_DIM = 0

if EMBEDDING_MODE == "local":
    logging.info("Initializing LOCAL mode with Triton")
    from .embeddings_local import (
        get_combined_embedding as _get_combined_embedding,
        get_text_embedding as _get_text_embedding,
        get_vision_embedding as _get_vision_embedding,
    )

    TEXT_DIM = int(os.getenv("LOCAL_TEXT_EMBED_DIM", 384))
    VISION_DIM = int(os.getenv("LOCAL_VISION_EMBED_DIM", 512))
    COMBINED_DIM = TEXT_DIM + VISION_DIM

elif EMBEDDING_MODE == "cloud":
    logging.info("Initializing CLOUD mode with Cohere")
    from .embedding_v_zero import get_text_embedding as _get_text_embedding_cloud

    def _get_vision_embedding(images: list[Image.Image]) -> np.ndarray:
        if not images:
            return np.array([])
        import base64
        import io

        import cohere

        buffer = io.BytesIO()
        images[0].save(buffer, format="JPEG")
        data_uri = f"data:image/jpeg;base64,{base64.b64encode(buffer.getvalue()).decode('utf-8')}"
        co = cohere.ClientV2(os.getenv("COHERE_API_KEY", ""))
        response = co.embed(
            model="embed-english-v3.0",
            input_type="image",
            embedding_types=["float"],
            images=[data_uri],
        )
        return np.array(response.embeddings.float)

    def _get_text_embedding(text: str) -> np.ndarray:
        return _get_text_embedding_cloud(text)

    def _get_combined_embedding(text: str, image: Image.Image) -> np.ndarray:
        text_emb = _get_text_embedding(text)
        image_emb = _get_vision_embedding([image])
        return np.concatenate([text_emb.ravel(), image_emb.ravel()])

    TEXT_DIM = VISION_DIM = 1024
    COMBINED_DIM = TEXT_DIM + VISION_DIM

else:
    raise ValueError(f"Invalid EMBEDDING_MODE: {EMBEDDING_MODE}")

get_text_embedding = _get_text_embedding
get_vision_embedding = _get_vision_embedding
get_combined_embedding = _get_combined_embedding
CURRENT_MODE = EMBEDDING_MODE
