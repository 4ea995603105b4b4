import gradio as gr
import numpy as np
import scipy
import torch
from transformers import AutoTokenizer, VitsModel

model = VitsModel.from_pretrained("kakao-enterprise/vits-ljs")
tokenizer = AutoTokenizer.from_pretrained("kakao-enterprise/vits-ljs")


def speak(text):
    batch = tokenizer(text, return_tensors="pt")
    with torch.no_grad():
        wave = model(**batch).waveform
    pcm = wave.cpu().numpy().squeeze()
    pcm = (pcm / 1.414 * 32767).astype(np.int16)
    path = "output/output.wav"
    scipy.io.wavfile.write(path, rate=model.config.sampling_rate, data=pcm)
    return path


demo = gr.Interface(
    speak,
    gr.Textbox(label="Text to narrate"),
    gr.Audio(label="Narrated audio"),
    title="Text-to-Speech",
)
demo.launch()
