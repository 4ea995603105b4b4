"""
Voice Assistant: STT -> LLM -> TTS pipeline (with latency tracking)
Uses OpenAI Whisper (STT), GPT-4o (LLM) and the TTS API.

Usage:
    python voice_assistant.py
    Press Enter to start recording, Enter again to stop.
"""

import io
import os
import threading
import time

import numpy as np
import sounddevice as sd
import soundfile as sf
from openai import OpenAI

# ── Configuration ────────────────────────────────────────────────────────────
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")

STT_MODEL   = "whisper-1"
LLM_MODEL   = "gpt-4o"
TTS_MODEL   = "tts-1"
TTS_VOICE   = "alloy"          # alloy | echo | fable | onyx | nova | shimmer
SAMPLE_RATE = 16000
CHANNELS    = 1

SYSTEM_PROMPT = "You are a helpful voice assistant. Keep responses concise and conversational."

client = OpenAI(api_key=OPENAI_API_KEY)
history = [{"role": "system", "content": SYSTEM_PROMPT}]
timings: dict[str, float] = {}


def record_audio() -> np.ndarray:
    print("\n🎤 Recording… (press Enter to stop)")
    frames, stop = [], threading.Event()

    def _rec():
        with sd.InputStream(samplerate=SAMPLE_RATE, channels=CHANNELS, dtype="float32") as s:
            while not stop.is_set():
                data, _ = s.read(1024)
                frames.append(data.copy())

    t = threading.Thread(target=_rec, daemon=True)
    t.start()
    input()
    stop.set()
    t.join()
    return np.concatenate(frames, axis=0)


def transcribe(audio: np.ndarray) -> str:
    t0 = time.perf_counter()
    buf = io.BytesIO()
    sf.write(buf, audio, SAMPLE_RATE, format="WAV", subtype="PCM_16")
    buf.seek(0)
    buf.name = "audio.wav"
    text = client.audio.transcriptions.create(model=STT_MODEL, file=buf, response_format="text")
    timings["stt"] = time.perf_counter() - t0
    return text.strip()


def chat(user_text: str) -> str:
    t0 = time.perf_counter()
    history.append({"role": "user", "content": user_text})
    resp = client.chat.completions.create(model=LLM_MODEL, messages=history, temperature=0.7)
    reply = resp.choices[0].message.content.strip()
    history.append({"role": "assistant", "content": reply})
    timings["llm"] = time.perf_counter() - t0
    return reply


def speak(text: str) -> None:
    t0 = time.perf_counter()
    resp = client.audio.speech.create(model=TTS_MODEL, voice=TTS_VOICE, input=text, response_format="wav")
    timings["tts"] = time.perf_counter() - t0
    data, sr = sf.read(io.BytesIO(resp.content), dtype="float32")
    sd.play(data, samplerate=sr)
    sd.wait()


def main():
    while True:
        try:
            input("\nPress Enter to start speaking…")
            text = transcribe(record_audio())
            if not text:
                print("⚠️  No speech detected.")
                continue
            print(f"You said: {text}")
            speak(chat(text))
            print({k: f"{v * 1000:.0f} ms" for k, v in timings.items()})
        except KeyboardInterrupt:
            print("\n👋 Goodbye!")
            break


if __name__ == "__main__":
    main()
