import gradio as gr
import pytube as pt
import torch
from transformers import pipeline

MODEL_NAME = "whispy/whisper_italian"

device = 0 if torch.cuda.is_available() else "cpu"

summarizer = pipeline(
    "summarization",
    model="it5/it5-efficient-small-el32-news-summarization",
)

asr = pipeline(
    task="automatic-speech-recognition",
    model=MODEL_NAME,
    chunk_length_s=30,
    device=device,
)

to_english = pipeline("translation", model="Helsinki-NLP/opus-mt-it-en")


def transcribe(mic, upload):
    note = ""
    if mic is not None and upload is not None:
        note = "WARNING: both microphone and file given; using the microphone recording.\n"
    elif mic is None and upload is None:
        return "ERROR: record from the microphone or upload an audio file"
    return note + asr(mic if mic is not None else upload)["text"]


def embed(url):
    vid = url.split("?v=")[-1]
    return f'<center><iframe width="500" height="320" src="https://www.youtube.com/embed/{vid}"></iframe></center>'


def transcribe_youtube(url):
    clip = pt.YouTube(url)
    clip.streams.filter(only_audio=True)[0].download(filename="audio.mp3")
    text = asr("audio.mp3")["text"]
    summary = summarizer(text)[0]["summary_text"]
    english = to_english(summary)[0]["translation_text"]
    return embed(url), text, summary, english


audio_tab = gr.Interface(
    fn=transcribe,
    inputs=[gr.inputs.Audio(source="microphone", type="filepath", optional=True),
            gr.inputs.Audio(source="upload", type="filepath", optional=True)],
    outputs="text",
    title="Whisper Demo: Transcribe Audio",
    description=(
        "Long-form transcription with the fine-tuned"
        f" checkpoint [{MODEL_NAME}](https://huggingface.co/{MODEL_NAME}) and Transformers."
    ),
    allow_flagging="never",
)

yt_tab = gr.Interface(
    fn=transcribe_youtube,
    inputs=[gr.inputs.Textbox(lines=1, placeholder="Paste a YouTube URL", label="YouTube URL")],
    outputs=["html", "text", "text", "text"],
    title="Whisper Demo: Transcribe YouTube",
    allow_flagging="never",
)

demo = gr.Blocks()
with demo:
    gr.TabbedInterface([audio_tab, yt_tab], ["Transcribe Audio", "Transcribe YouTube"])

demo.launch(enable_queue=True)
