import gradio as gr
import numpy as np
import scipy
import torch
from transformers import VitsModel, AutoTokenizer

# Load the model and tokenizer
model = VitsModel.from_pretrained("kakao-enterprise/vits-ljs")
tokenizer = AutoTokenizer.from_pretrained("kakao-enterprise/vits-ljs")


def text_to_speech(text):
    inputs = tokenizer(text, return_tensors="pt")
    with torch.no_grad():
        output = model(**inputs).waveform
    audio_array = output.cpu().numpy().squeeze()
    audio_array = (audio_array / 1.414 * 32767).astype(np.int16)
    output_file = "output/output.wav"
    scipy.io.wavfile.write(output_file, rate=model.config.sampling_rate, data=audio_array)
    return output_file


demo = gr.Interface(
    text_to_speech,
    gr.Textbox(label="Text to narrate"),
    gr.Audio(label="Narrated audio"),
    title="Text-to-Speech",
    description="Enter text to generate audio narration",
)

demo.launch()
