import os
import tempfile

from fastapi import FastAPI, File, Form, HTTPException, UploadFile
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from faster_whisper import WhisperModel

app = FastAPI(title="Whisper Transcription Service")
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])

model = WhisperModel("large-v3-turbo", device="cpu", compute_type="int8")


@app.post("/v1/audio/transcriptions")
async def transcribe_audio(
    file: UploadFile = File(...),
    model_name: str = Form(default=None, alias="model"),
):
    """OpenAI-compatible transcription endpoint."""
    if not file.filename:
        raise HTTPException(status_code=400, detail="No file provided")
    suffix = os.path.splitext(file.filename)[1] or ".wav"
    with tempfile.NamedTemporaryFile(delete=False, suffix=suffix) as tmp:
        tmp.write(await file.read())
        tmp_path = tmp.name
    try:
        segments, _ = model.transcribe(tmp_path)
        return JSONResponse(content={"text": "".join(s.text for s in segments).strip()})
    finally:
        os.remove(tmp_path)


@app.get("/health")
async def health_check():
    return {"status": "ok"}


def main():
    import uvicorn

    uvicorn.run(
        app,
        host=os.environ.get("WHISPER_SERVER_HOST", "0.0.0.0"),
        port=int(os.environ.get("WHISPER_SERVER_PORT", "8080")),
    )


if __name__ == "__main__":
    main()
