import gradio as gr
import pytube as pt
from transformers import pipeline
from diffusers import StableDiffusionPipeline


MODEL_NAME = "whispy/whisper_italian"

summarizer = pipeline(
    "summarization",
    model="it5/it5-efficient-small-el32-news-summarization",
)

pipe = pipeline(
    task="automatic-speech-recognition",
    model=MODEL_NAME,
    chunk_length_s=30,
    device="cpu",
)

YOUR_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
image_pipe = StableDiffusionPipeline.from_pretrained("CompVis/stable-diffusion-v1-4", use_auth_token=YOUR_TOKEN)

translator = pipeline("translation", model="Helsinki-NLP/opus-mt-it-en")


def transcribe(microphone, file_upload):
    if (microphone is None) and (file_upload is None):
        return "ERROR: You have to either use the microphone or upload an audio file"
    file = microphone if microphone is not None else file_upload
    text = pipe(file)["text"]
    translate = translator(text)[0]["translation_text"]
    image = image_pipe(translate)["sample"][0]
    return text, translate, image


def yt_transcribe(yt_url):
    yt = pt.YouTube(yt_url)
    yt.streams.filter(only_audio=True)[0].download(filename="audio.mp3")
    text = pipe("audio.mp3")["text"]
    summary = summarizer(text)[0]["summary_text"]
    translate = translator(summary)[0]["translation_text"]
    return text, summary, translate


demo = gr.Blocks()

mf_transcribe = gr.Interface(
    fn=transcribe,
    inputs=[
        gr.inputs.Audio(source="microphone", type="filepath", optional=True),
        gr.inputs.Audio(source="upload", type="filepath", optional=True),
    ],
    outputs=["text", "text", "image"],
    theme="huggingface",
    title="Whisper Demo: Transcribe Audio",
    description=(
        "Transcribe long-form microphone or audio inputs! Demo uses the fine-tuned"
        f" checkpoint [{MODEL_NAME}](https://huggingface.co/{MODEL_NAME}) and 🤗 Transformers."
    ),
    allow_flagging="never",
)

yt_iface = gr.Interface(
    fn=yt_transcribe,
    inputs=[gr.inputs.Textbox(lines=1, placeholder="Paste the URL to a YouTube video here", label="YouTube URL")],
    outputs=["text", "text", "text"],
    theme="huggingface",
    title="Whisper Demo: Transcribe YouTube",
)

with demo:
    gr.TabbedInterface([mf_transcribe, yt_iface], ["Transcribe Audio", "Transcribe YouTube"])

demo.launch(enable_queue=True)
