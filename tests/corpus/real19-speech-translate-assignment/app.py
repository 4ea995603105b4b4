# -*- coding: utf-8 -*-
"""Speech to text + translation (IT164 assignment 2)

Exported from Colab:
    https://colab.research.google.com/drive/1RtE7mmtyUWwiuowgyQq4eCuH-ep_D1QQ
"""

from google.colab import drive
drive.mount('/content/drive')

# Colab-only installs
!pip install gradio
!pip install transformers
!pip install torchaudio
!pip install fasttext

# fastText language identification weights
!wget https://dl.fbaipublicfiles.com/fasttext/supervised-models/lid.176.bin

import csv
import os
import warnings

import fasttext
import gradio as gr
import pandas as pd
import torchaudio
from transformers import WhisperForConditionalGeneration, WhisperProcessor, pipeline

warnings.filterwarnings("ignore", category=UserWarning, message="PySoundFile failed.*")

# model 1: transcription
whisper_model_name = "openai/whisper-large"
processor = WhisperProcessor.from_pretrained(whisper_model_name)
whisper_model = WhisperForConditionalGeneration.from_pretrained(whisper_model_name)

# model 2: translation
translator = pipeline("translation", model="Helsinki-NLP/opus-mt-ROMANCE-en")

# model 3: language detection
lang_model = fasttext.load_model('lid.176.bin')

history_rows = []
CSV_PATH = '/content/drive/MyDrive/IT164/a2prompt.csv'
COLUMNS = ["Text", "Language", "Translation", "Confidence Score"]


def save_row(*row):
    new_file = not os.path.isfile(CSV_PATH)
    with open(CSV_PATH, 'a', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        if new_file:
            w.writerow(COLUMNS)
        w.writerow(row)


def transcribe(audio_path):
    wave, sr = torchaudio.load(audio_path, normalize=True)
    if sr != 16000:
        wave = torchaudio.transforms.Resample(orig_freq=sr, new_freq=16000)(wave)
        sr = 16000
    feats = processor(wave.squeeze(0).numpy(), return_tensors="pt", sampling_rate=sr)
    ids = whisper_model.generate(feats["input_features"])
    return processor.decode(ids[0], skip_special_tokens=True)


def detect_language(text):
    labels, scores = lang_model.predict(text)
    return labels[0].replace('__label__', ''), scores[0]


def process(audio_path):
    text = transcribe(audio_path)
    lang, score = detect_language(text)
    english = translator(text, src_lang=lang, tgt_lang="en")[0]['translation_text']
    history_rows.append([text, lang, english, score])
    save_row(text, lang, english, score)
    return text, lang, score, english


def toggle_history(choice):
    return gr.DataFrame(pd.DataFrame(history_rows, columns=COLUMNS), visible=(choice == 'show'))


with gr.Blocks() as demo:
    with gr.Row():
        with gr.Column():
            mic = gr.Audio(label="Record your voice", type="filepath")
            out_text = gr.Textbox(label="Transcription")
            out_lang = gr.Textbox(label="Detected Language")
            out_score = gr.Textbox(label="Confidence Score")
            out_en = gr.Textbox(label="Translated Text to English")
            run = gr.Button("Process Audio")
        with gr.Column():
            show = gr.Radio(['show', 'hide'], label="App usage history")
            table = gr.DataFrame(pd.DataFrame(history_rows, columns=COLUMNS), visible=False)
    run.click(fn=process, inputs=[mic], outputs=[out_text, out_lang, out_score, out_en])
    show.change(fn=toggle_history, inputs=show, outputs=table)

demo.launch(debug=True)
