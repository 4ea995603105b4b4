import base64
import io
import logging
import os

import numpy as np
from dotenv import load_dotenv
from PIL import Image

load_dotenv()
logging.basicConfig(level=logging.INFO)

MODE = os.getenv("EMBEDDING_MODE", "cloud")
logging.info("embedding mode: %s", MODE.upper())

TEXT_DIM = VISION_DIM = COMBINED_DIM = 0

if MODE == "local":
    from .embeddings_local import get_combined_embedding, get_text_embedding, get_vision_embedding

    TEXT_DIM = int(os.getenv("LOCAL_TEXT_EMBED_DIM", 384))
    VISION_DIM = int(os.getenv("LOCAL_VISION_EMBED_DIM", 512))
    COMBINED_DIM = TEXT_DIM + VISION_DIM

elif MODE == "cloud":
    from .embedding_v_zero import get_text_embedding as _cloud_text

    def get_vision_embedding(images: list[Image.Image]) -> np.ndarray:
        if not images:
            return np.array([])
        buf = io.BytesIO()
        images[0].save(buf, format="JPEG")
        uri = f"data:image/jpeg;base64,{base64.b64encode(buf.getvalue()).decode('utf-8')}"

        import cohere

        co = cohere.ClientV2(os.getenv("COHERE_API_KEY", ""))
        resp = co.embed(
            model="embed-english-v3.0",
            input_type="image",
            embedding_types=["float"],
            images=[uri],
        )
        return np.array(resp.embeddings.float)

    def get_text_embedding(text: str) -> np.ndarray:
        return _cloud_text(text)

    def get_combined_embedding(text: str, image: Image.Image) -> np.ndarray:
        t = get_text_embedding(text)
        v = get_vision_embedding([image])
        t = t[0] if t.ndim == 2 else t
        v = v[0] if v.ndim == 2 else v
        if t.shape[0] != VISION_DIM or v.shape[0] != VISION_DIM:
            raise ValueError("embedding dimensions do not match")
        return np.concatenate([t, v])

    TEXT_DIM = VISION_DIM = 1024
    COMBINED_DIM = TEXT_DIM + VISION_DIM

else:
    raise ValueError(f"unknown EMBEDDING_MODE: {MODE}")

CURRENT_MODE = MODE
