# app.py
import gradio as gr
import torch
import torchaudio
from transformers import AutoProcessor, MusicgenForConditionalGeneration

# Инициализация модели
model = MusicgenForConditionalGeneration.from_pretrained(
    "facebook/musicgen-small",
    torch_dtype=torch.float16
)
processor = AutoProcessor.from_pretrained("facebook/musicgen-small")


def process_audio(audio_path):
    """Обработка входного аудио"""
    if audio_path is None:
        return None
    waveform, sample_rate = torchaudio.load(audio_path)
    if sample_rate != 32000:
        waveform = torchaudio.transforms.Resample(sample_rate, 32000)(waveform)
    if waveform.shape[0] > 1:
        waveform = torch.mean(waveform, dim=0, keepdim=True)
    return waveform.numpy()


def generate_music(audio_file, prompt, duration=10):
    try:
        if audio_file is not None:
            inputs = processor(audio=process_audio(audio_file), sampling_rate=32000,
                               text=prompt, padding=True, return_tensors="pt")
        else:
            inputs = processor(text=[prompt], padding=True, return_tensors="pt")
        with torch.inference_mode():
            audio_values = model.generate(**inputs, max_new_tokens=duration * 50,
                                          do_sample=True, guidance_scale=3.0)
        return (32000, audio_values.cpu().numpy().squeeze())
    except Exception as e:
        raise gr.Error(f"Ошибка генерации: {str(e)}")


with gr.Blocks() as demo:
    gr.Markdown("# Генератор музыки на основе референса")
    with gr.Row():
        with gr.Column():
            audio_input = gr.Audio(label="Референсный трек (опционально)", type="filepath")
            prompt = gr.Textbox(label="Текстовый промпт")
            duration = gr.Slider(minimum=5, maximum=30, value=10, step=5, label="Длительность (секунды)")
            generate_btn = gr.Button("Сгенерировать")
        with gr.Column():
            output_audio = gr.Audio(label="Сгенерированная музыка", type="numpy")
    generate_btn.click(fn=generate_music, inputs=[audio_input, prompt, duration], outputs=output_audio)

demo.launch()
