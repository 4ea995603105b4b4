"""
Voice Assistant: STT → LLM → TTS Pipeline  (with latency tracking)
Uses OpenAI Whisper (STT), GPT-4o (LLM), and TTS API

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

# ── Configuration ─────────────────────────────────────────────────────────────

OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")

STT_MODEL   = "whisper-1"
LLM_MODEL   = "gpt-4o"
TTS_MODEL   = "tts-1"
TTS_VOICE   = "alloy"          # alloy | echo | fable | onyx | nova | shimmer
SAMPLE_RATE = 16000
CHANNELS    = 1

SYSTEM_PROMPT = "You are a helpful voice assistant. Keep responses concise and conversational."

client = OpenAI(api_key=OPENAI_API_KEY)
conversation_history = [{"role": "system", "content": SYSTEM_PROMPT}]
timings = {}


def record_audio() -> np.ndarray:
    frames, stop = [], threading.Event()

    def _record():
        with sd.InputStream(samplerate=SAMPLE_RATE, channels=CHANNELS, dtype="float32") as stream:
            while not stop.is_set():
                data, _ = stream.read(1024)
                frames.append(data.copy())

    thread = threading.Thread(target=_record, daemon=True)
    thread.start()
    input()
    stop.set()
    thread.join()
    return np.concatenate(frames, axis=0)


def transcribe(audio: np.ndarray) -> str:
    start = time.perf_counter()
    buf = io.BytesIO()
    sf.write(buf, audio, SAMPLE_RATE, format="WAV", subtype="PCM_16")
    buf.seek(0)
    buf.name = "audio.wav"
    transcript = client.audio.transcriptions.create(model=STT_MODEL, file=buf, response_format="text")
    timings["stt"] = time.perf_counter() - start
    return transcript.strip()


def chat(user_text: str) -> str:
    start = time.perf_counter()
    conversation_history.append({"role": "user", "content": user_text})
    response = client.chat.completions.create(model=LLM_MODEL, messages=conversation_history, temperature=0.7)
    reply = response.choices[0].message.content.strip()
    conversation_history.append({"role": "assistant", "content": reply})
    timings["llm"] = time.perf_counter() - start
    return reply


def speak(text: str):
    start = time.perf_counter()
    response = client.audio.speech.create(model=TTS_MODEL, voice=TTS_VOICE, input=text, response_format="wav")
    timings["tts"] = time.perf_counter() - start
    data, sample_rate = sf.read(io.BytesIO(response.content), dtype="float32")
    sd.play(data, samplerate=sample_rate)
    sd.wait()


def main():
    while True:
        try:
            input("\nPress Enter to start speaking…")
            user_text = transcribe(record_audio())
            if not user_text:
                print("⚠️  No speech detected. Try again.")
                continue
            speak(chat(user_text))
            print({k: f"{v * 1000:.0f} ms" for k, v in timings.items()})
        except KeyboardInterrupt:
            print("\n👋 Goodbye!")
            break


if __name__ == "__main__":
    main()
