import os

import ollama
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()

UPLOAD_DIR = "temp_images"
os.makedirs(UPLOAD_DIR, exist_ok=True)


@app.post("/describe-image/")
async def describe_image(file: UploadFile = File(...)):
    try:
        path = os.path.join(UPLOAD_DIR, file.filename)
        with open(path, "wb") as fh:
            fh.write(await file.read())

        reply = ollama.chat(
            model='llama3.2-vision',
            messages=[{
                'role': 'user',
                'content': 'What is in this image?',
                'images': [path],
            }],
        )
        os.remove(path)
        return {"description": reply['message']['content']}
    except Exception as exc:  # noqa: BLE001
        raise HTTPException(status_code=500, detail=str(exc))


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="0.0.0.0", port=8000)
