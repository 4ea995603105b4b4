#!/usr/bin/env python3
"""
Minimal Ollama + Piper-TTS Chatbot
Simple local chatbot using Ollama for LLM and Piper-TTS for voice output.

Usage:
    python chatbot.py                    # Use default settings
    python chatbot.py --voice high       # Use high quality voice
    python chatbot.py --model llama3.2   # Use different model
"""

import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

import requests

# Voice model download URLs (from Piper GitHub releases)
VOICE_URLS = {
    "en_US-lessac-medium.onnx": "https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/lessac/medium/en_US-lessac-medium.onnx",
    "en_US-lessac-medium.onnx.json": "https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/lessac/medium/en_US-lessac-medium.onnx.json",
    "en_US-lessac-high.onnx": "https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/lessac/high/en_US-lessac-high.onnx",
    "en_US-lessac-high.onnx.json": "https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/en/en_US/lessac/high/en_US-lessac-high.onnx.json",
}


class OllamaPiperChatbot:
    def __init__(self, model_name="llama3.2", voice_model=None, ollama_url="http://localhost:11434"):
        self.model_name = model_name
        self.voice_model = voice_model or str(Path(__file__).parent / "voices" / "en_US-lessac-medium.onnx")
        self.ollama_url = ollama_url
        self.history = []
        self.piper_cmd = "piper"
        self._ensure_model()
        self._ensure_voice_model()

    def _ensure_model(self):
        """Check if model exists, pull if needed."""
        models = [m["name"] for m in requests.get(f"{self.ollama_url}/api/tags").json().get("models", [])]
        if self.model_name in models:
            return
        base = self.model_name.split(":")[0]
        if f"{base}:latest" in models and ":" not in self.model_name:
            self.model_name = f"{base}:latest"
            return
        print(f"📥 Pulling '{self.model_name}'...")
        response = requests.post(f"{self.ollama_url}/api/pull", json={"name": self.model_name},
                                 stream=True, timeout=600)
        for line in response.iter_lines():
            if line:
                status = json.loads(line).get("status", "")
                if status and "%" not in status:
                    print(f"   {status}")

    def _ensure_voice_model(self):
        """Download voice model and config if missing."""
        voice_path = Path(self.voice_model)
        voice_path.parent.mkdir(parents=True, exist_ok=True)
        for path in (voice_path, Path(str(voice_path) + ".json")):
            if path.exists():
                continue
            if path.name not in VOICE_URLS:
                print(f"❌ Voice model not found: {path}")
                sys.exit(1)
            response = requests.get(VOICE_URLS[path.name], stream=True)
            response.raise_for_status()
            with open(path, "wb") as f:
                for chunk in response.iter_content(chunk_size=8192):
                    f.write(chunk)

    def text_to_speech(self, text):
        with tempfile.NamedTemporaryFile(suffix=".wav", delete=False) as f:
            audio_file = f.name
        result = subprocess.run([self.piper_cmd, "--model", self.voice_model, "--output_file", audio_file],
                                input=text, text=True, capture_output=True, timeout=60)
        if result.returncode != 0 or not os.path.getsize(audio_file):
            print(f"⚠️  Piper error: {result.stderr}")
            return
        player = "afplay" if platform.system() == "Darwin" else "aplay"
        subprocess.run([player, audio_file], timeout=60)
        os.unlink(audio_file)

    def chat(self, user_message, use_voice=True):
        self.history.append({"role": "user", "content": user_message})
        result = requests.post(
            f"{self.ollama_url}/api/chat",
            json={"model": self.model_name, "messages": self.history, "stream": False},
            timeout=120,
        ).json()
        if "message" not in result:
            self.history.pop()
            return None
        reply = result["message"]["content"]
        self.history.append({"role": "assistant", "content": reply})
        print(f"🤖 Assistant: {reply}")
        if use_voice:
            self.text_to_speech(reply)
        return reply


def main():
    import argparse

    parser = argparse.ArgumentParser(description="Ollama + Piper TTS Chatbot")
    parser.add_argument("--model", default="llama3.2", help="Ollama model name")
    parser.add_argument("--voice", choices=["medium", "high"], default="medium", help="Voice quality")
    parser.add_argument("--url", default="http://localhost:11434", help="Ollama API URL")
    args = parser.parse_args()

    voice_model = str(Path(__file__).parent / "voices" / f"en_US-lessac-{args.voice}.onnx")
    bot = OllamaPiperChatbot(model_name=args.model, voice_model=voice_model, ollama_url=args.url)
    while True:
        text = input("You: ").strip()
        if text.lower() in ("quit", "exit", "bye"):
            break
        if text:
            bot.chat(text)


if __name__ == "__main__":
    main()
