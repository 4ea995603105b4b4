# app.py
import gradio as gr
import numpy as np
import torch
import torchaudio
from transformers import AutoProcessor, MusicgenForConditionalGeneration

# Загрузка модели и процессора
model = MusicgenForConditionalGeneration.from_pretrained(
    "facebook/musicgen-small",
    torch_dtype=torch.float16
)
processor = AutoProcessor.from_pretrained("facebook/musicgen-small")

SAMPLE_RATE = 32000


def load_reference(audio_path):
    """Читает референсный трек и приводит его к 32 кГц моно."""
    if audio_path is None:
        return None
    try:
        waveform, sr = torchaudio.load(audio_path)
        if sr != SAMPLE_RATE:
            waveform = torchaudio.transforms.Resample(sr, SAMPLE_RATE)(waveform)
        if waveform.shape[0] > 1:
            waveform = waveform.mean(dim=0, keepdim=True)
        return waveform.numpy()
    except Exception as exc:
        raise gr.Error(f"Не удалось прочитать аудио: {exc}")


def generate(audio_file, prompt, duration=10):
    """Генерирует музыку по промпту и (опционально) референсу."""
    try:
        reference = load_reference(audio_file)
        if reference is not None:
            inputs = processor(audio=reference, sampling_rate=SAMPLE_RATE, text=prompt,
                               padding=True, return_tensors="pt")
        else:
            inputs = processor(text=[prompt], padding=True, return_tensors="pt")

        with torch.inference_mode():
            values = model.generate(**inputs, max_new_tokens=duration * 50,
                                    do_sample=True, guidance_scale=3.0)
        return SAMPLE_RATE, values.cpu().numpy().squeeze()
    except Exception as exc:
        raise gr.Error(f"Ошибка генерации: {exc}")


with gr.Blocks() as demo:
    gr.Markdown("# Генератор музыки по референсу")
    with gr.Row():
        with gr.Column():
            ref = gr.Audio(label="Референсный трек (опционально)", type="filepath")
            text = gr.Textbox(label="Текстовый промпт", placeholder="Опишите желаемую музыку")
            seconds = gr.Slider(minimum=5, maximum=30, value=10, step=5, label="Длительность (сек)")
            button = gr.Button("Сгенерировать")
        with gr.Column():
            out = gr.Audio(label="Результат", type="numpy")
    button.click(fn=generate, inputs=[ref, text, seconds], outputs=out)

demo.launch()
