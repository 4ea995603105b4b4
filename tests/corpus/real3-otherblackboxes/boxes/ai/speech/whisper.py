import numpy as np
import pyaudio
from transformers import WhisperForConditionalGeneration, WhisperProcessor

processor = WhisperProcessor.from_pretrained("openai/whisper-tiny.en")
model = WhisperForConditionalGeneration.from_pretrained("openai/whisper-tiny.en")

# recording settings
CHUNK = 4800
FORMAT = pyaudio.paInt32
CHANNELS = 2
RATE = 48000
RECORD_SECONDS = 500

p = pyaudio.PyAudio()
stream = p.open(format=FORMAT, channels=CHANNELS, rate=RATE, input=True, frames_per_buffer=CHUNK)

frames = []
for _ in range(int(RATE / CHUNK * RECORD_SECONDS)):
    raw = stream.read(CHUNK)
    frames.append(raw)
    pcm = np.frombuffer(raw, dtype=np.int16)
    left, right = pcm[::2], pcm[1::2]
    print("L: {0:.2f}, R: {1:.2f}".format(np.mean(np.abs(left)), np.mean(np.abs(right))))

stream.stop_stream()
stream.close()
p.terminate()

audio = np.frombuffer(b"".join(frames), dtype=np.int16).astype(np.float32)
feats = processor(audio, return_tensors="pt").input_features
ids = model.generate(inputs=feats)
print(processor.batch_decode(ids, skip_special_tokens=True)[0])
