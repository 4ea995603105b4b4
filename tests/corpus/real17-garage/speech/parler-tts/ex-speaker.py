from datetime import datetime

import sounddevice as sd
import torch
from parler_tts import ParlerTTSForConditionalGeneration
from transformers import AutoTokenizer


def log(msg):
    print(f"{datetime.now().strftime('%Y-%m-%d %H:%M:%S')} - {msg}")


device = "cuda:0" if torch.cuda.is_available() else "cpu"
log("Using device: " + device)

model = ParlerTTSForConditionalGeneration.from_pretrained("parler-tts/parler-tts-mini-v1").to(device)
tokenizer = AutoTokenizer.from_pretrained("parler-tts/parler-tts-mini-v1")
log("Model loaded")

line = "Hey, how are you doing today? I'm fine, how about you?"
voice = ("A female speaker delivers a slightly expressive and animated speech with a moderate speed and pitch. "
         "The recording is of very high quality, with the voice sounding clear and very close up.")

voice_ids = tokenizer(voice, return_tensors="pt").input_ids.to(device)
line_ids = tokenizer(line, return_tensors="pt").input_ids.to(device)

log("Generating audio...")
wave = model.generate(input_ids=voice_ids, prompt_input_ids=line_ids).cpu().numpy().squeeze()
log("Audio generated")

sd.play(wave, samplerate=model.config.sampling_rate)
sd.wait()
