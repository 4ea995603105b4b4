"""
Simple speech-to-text demo using the Whisper tiny English model and Gradio.
"""
import os
os.environ["PATH"] = "/opt/homebrew/bin:" + os.environ.get("PATH", "")

import gradio as gr
from transformers import pipeline

# Load the ASR pipeline once at startup
asr_pipeline = pipeline(
    "automatic-speech-recognition",
    model="openai/whisper-tiny.en",
    chunk_length_s=30,
)


def transcribe_audio(audio_file: str) -> str:
    if not audio_file:
        return "No audio file provided."
    text = asr_pipeline(audio_file).get("text", "").strip()
    return text or "No transcription produced."


iface = gr.Interface(
    fn=transcribe_audio,
    inputs=gr.Audio(sources="upload", type="filepath", label="Upload audio file"),
    outputs=gr.Textbox(label="Transcription"),
    title="Speech-to-Text Demo",
    description="Upload an audio file and get the transcription using Whisper tiny (English).",
)

if __name__ == "__main__":
    iface.launch(server_name="0.0.0.0", server_port=7860)
