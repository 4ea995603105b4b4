import os

import uvicorn
import whisper  # audio -> text
import yt_dlp  # download the YouTube audio
from dotenv import load_dotenv
from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from google import genai  # Gemini for the summary

ffmpeg_dir = os.path.join(os.getcwd(), "ffmpeg", "bin")
os.environ["PATH"] += os.pathsep + ffmpeg_dir

load_dotenv()
api_key = os.getenv("GOOGLE_API_KEY")


def get_text_from_url(youtube_url):
    ydl_opts = {
        'format': 'bestaudio/best',
        'ffmpeg_location': ffmpeg_dir,
        'outtmpl': 'temp_audio.%(ext)s',
        'postprocessors': [{
            'key': 'FFmpegExtractAudio',
            'preferredcodec': 'mp3',
            'preferredquality': '192'
        }],
    }
    with yt_dlp.YoutubeDL(ydl_opts) as ydl:
        ydl.download([youtube_url])

    audio_file = "temp_audio.mp3"
    if not os.path.exists(audio_file):
        raise Exception("Audio file not downloaded")

    whisper_model = whisper.load_model("base")
    result = whisper_model.transcribe(audio_file)
    return result["text"]


def summarize_with_gemini(transcript):
    client = genai.Client(api_key=api_key)
    prompt = (
        "You are an AI assistant. Summarize the following YouTube transcript clearly. "
        "Break it into chapters if possible. Transcript:"
    )
    response = client.models.generate_content(
        model="gemini-2.0-flash", contents=prompt + transcript
    )
    return response.text


app = FastAPI()
app.mount("/static", StaticFiles(directory="static"), name="static")
templates = Jinja2Templates(directory="templates")


@app.get("/", response_class=HTMLResponse)
async def index(request: Request):
    return templates.TemplateResponse("index.html", {"request": request})


@app.post("/summarize", response_class=HTMLResponse)
async def summarize(request: Request, youtube_url: str = Form(...)):
    summary = summarize_with_gemini(get_text_from_url(youtube_url))
    return templates.TemplateResponse("index.html", {"request": request, "summary": summary})


if __name__ == "__main__":
    uvicorn.run("app:app", host="127.0.0.1", port=8000, reload=False)
