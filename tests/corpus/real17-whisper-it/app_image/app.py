import gradio as gr
import pytube as pt
from diffusers import StableDiffusionPipeline
from transformers import pipeline

MODEL_NAME = "whispy/whisper_italian"

summarizer = pipeline(
    "summarization",
    model="it5/it5-efficient-small-el32-news-summarization",
)

asr = pipeline(
    task="automatic-speech-recognition",
    model=MODEL_NAME,
    chunk_length_s=30,
    device="cpu",
)

HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
painter = StableDiffusionPipeline.from_pretrained("CompVis/stable-diffusion-v1-4", use_auth_token=HF_TOKEN)

to_english = pipeline("translation", model="Helsinki-NLP/opus-mt-it-en")


def speak_to_picture(mic, upload):
    if mic is None and upload is None:
        return "ERROR: record from the microphone or upload an audio file", "", None
    text = asr(mic if mic is not None else upload)["text"]
    english = to_english(text)[0]["translation_text"]
    picture = painter(english)["sample"][0]
    return text, english, picture


def transcribe_youtube(url):
    clip = pt.YouTube(url)
    clip.streams.filter(only_audio=True)[0].download(filename="audio.mp3")
    text = asr("audio.mp3")["text"]
    summary = summarizer(text)[0]["summary_text"]
    return text, summary, to_english(summary)[0]["translation_text"]


demo = gr.Blocks()
with demo:
    gr.TabbedInterface(
        [
            gr.Interface(fn=speak_to_picture,
                         inputs=[gr.inputs.Audio(source="microphone", type="filepath", optional=True),
                                 gr.inputs.Audio(source="upload", type="filepath", optional=True)],
                         outputs=["text", "text", "image"],
                         description=f"Fine-tuned checkpoint [{MODEL_NAME}](https://huggingface.co/{MODEL_NAME})"),
            gr.Interface(fn=transcribe_youtube, inputs="text", outputs=["text", "text", "text"]),
        ],
        ["Speech to image", "Transcribe YouTube"],
    )

demo.launch(enable_queue=True)
