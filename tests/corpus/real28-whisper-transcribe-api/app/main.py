import logging
import os
import tempfile

from fastapi import FastAPI, File, Form, HTTPException, UploadFile
from fastapi.responses import JSONResponse
from faster_whisper import WhisperModel

logging.basicConfig(level=logging.DEBUG)
logger = logging.getLogger(__name__)

app = FastAPI()


def get_models():
    model_size = os.environ.get("MODEL_SIZE") or 'small'
    compute_type = os.environ.get("COMPUTE_TYPE") or 'int8'
    model_path = os.environ.get("MODEL_PATH") or './models'

    absolute_download_path = f"{model_path}/{model_size}"
    logger.info(f"Loading model {model_size} ({compute_type}) into {absolute_download_path}")

    return WhisperModel(
        model_size_or_path=model_size,
        device="cpu",
        compute_type=compute_type,
        download_root=absolute_download_path)


model = get_models()


@app.get("/health")
async def health():
    return {"status": "ok"}


@app.post("/transcribe")
async def transcribe(file: UploadFile = File(...), lang: str = Form("ko")):
    if not file:
        raise HTTPException(status_code=400, detail="No file provided")
    with tempfile.NamedTemporaryFile(delete=False, suffix=".wav") as tmp:
        tmp.write(await file.read())
        audio_path = tmp.name
    segments, info = model.transcribe(audio_path, language=lang, beam_size=5)
    results = [{"start": s.start, "end": s.end, "text": s.text} for s in segments]
    os.remove(audio_path)
    return JSONResponse(content={"segments": results,
                                 "info": {"language": info.language, "duration": info.duration}})
