import os
import shutil

from fastapi import FastAPI, File, UploadFile
from whispercpp import Whisper

app = FastAPI()
w = Whisper('tiny')
UPLOAD_DIR = "/tmp"
if not os.path.exists(UPLOAD_DIR):
    os.makedirs(UPLOAD_DIR)


@app.post('/v1/audio/transcriptions')
async def transcriptions(file: UploadFile = File(...)):
    upload_name = os.path.join(UPLOAD_DIR, file.filename)
    with open(upload_name, 'wb+') as upload_file:
        shutil.copyfileobj(file.file, upload_file)

    result = w.transcribe(upload_name)
    return w.extract_text(result)
