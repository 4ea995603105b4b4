from fastapi import FastAPI, HTTPException
from fastapi.responses import Response
from pydantic import BaseModel
from typing import List, Optional
from TTS.api import TTS
import torch
import os, io, glob
import soundfile as sf
import numpy as np

app = FastAPI(title="XTTS Server", version="1.0.0")

# ---- Config ----
# XTTS v2 (Coqui) – mehrsprachig, Voice-Cloning via speaker_wav(s)
MODEL_NAME = os.getenv("XTTS_MODEL", "tts_models/multilingual/multi-dataset/xtts_v2")
VOICES_DIR = os.getenv("VOICES_DIR", "voices")
os.makedirs(VOICES_DIR, exist_ok=True)

device = os.getenv("DEVICE")
if device not in {"cpu", "cuda"}:
    device = "cuda" if torch.cuda.is_available() else "cpu"

ISO3_TO_ISO2 = {"deu": "de", "eng": "en"}

# ---- Load model once ----
tts = TTS(MODEL_NAME).to(device)


class TTSRequest(BaseModel):
    text: str
    lang: str
    voice: Optional[str] = None
    speed: Optional[float] = 1.0
    split_sentences: Optional[bool] = True


def _collect_voice_samples(voice_name: Optional[str]) -> Optional[List[str]]:
    if not voice_name:
        return None
    vdir = os.path.join(VOICES_DIR, voice_name)
    files = sorted(glob.glob(os.path.join(vdir, "*.wav")))
    if not files:
        raise HTTPException(status_code=400, detail=f"No .wav files in voice '{voice_name}'.")
    return files


@app.get("/health")
def health():
    return {"status": "ok", "device": device, "model": MODEL_NAME}


@app.post("/tts")
def synthesize(req: TTSRequest):
    lang = ISO3_TO_ISO2.get(req.lang.lower(), req.lang.lower())
    speaker_wavs = _collect_voice_samples(req.voice)
    wav = tts.tts(
        text=req.text.strip(),
        language=lang,
        speaker_wav=speaker_wavs if speaker_wavs else None,
        speed=req.speed or 1.0,
        split_sentences=bool(req.split_sentences),
    )
    sr = getattr(tts.synthesizer, "output_sample_rate", 24000)
    pcm16 = (np.clip(np.asarray(wav, dtype=np.float32), -1.0, 1.0) * 32767.0).astype(np.int16)
    buf = io.BytesIO()
    sf.write(buf, pcm16, sr, subtype="PCM_16")
    headers = {"Content-Disposition": f'attachment; filename="xtts-{lang}.wav"'}
    return Response(content=buf.getvalue(), media_type="audio/wav", headers=headers)
