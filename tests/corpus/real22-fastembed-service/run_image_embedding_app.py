import io
import os
from typing import List

from fastapi import FastAPI, File, HTTPException, UploadFile
from fastembed import ImageEmbedding
from PIL import Image, UnidentifiedImageError

HOST = os.getenv("FASTAPI_HOST", "0.0.0.0")
PORT = int(os.getenv("FASTAPI_PORT", "8000"))

# Get model name from environment variable
IMAGE_MODEL = os.getenv('IMAGE_EMBEDDING_MODEL', 'Qdrant/clip-ViT-B-32-vision')

app = FastAPI()
image_embedding_model = ImageEmbedding(model_name=IMAGE_MODEL)
print(f"The image model {IMAGE_MODEL} is ready to use.")


@app.post("/embed_image")
async def embed_image(files: List[UploadFile] = File(...)):
    images = []
    for file in files:
        contents = await file.read()
        try:
            images.append(Image.open(io.BytesIO(contents)))
        except UnidentifiedImageError:
            raise HTTPException(status_code=400, detail=f"File '{file.filename}' is not a valid image file")
    embeddings = list(image_embedding_model.embed(images))
    return {"embeddings": [e.tolist() for e in embeddings], "embedding_size": len(embeddings[0]) if embeddings else 0}


@app.get("/healthcheck")
async def healthcheck():
    return {"status": "OK"}


if __name__ == "__main__":
    import uvicorn
    uvicorn.run(app, host=HOST, port=PORT)
