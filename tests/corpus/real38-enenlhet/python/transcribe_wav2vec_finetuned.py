import os

import librosa
import soundfile as sf
import torch
from transformers import Wav2Vec2ForCTC, Wav2Vec2Processor

# --- Load Model and Processor ---
MODEL_PATH = "/Users/saya0001/consultations/huskey/enelhet/wav2vec_enelhet"
processor = Wav2Vec2Processor.from_pretrained(MODEL_PATH)
model = Wav2Vec2ForCTC.from_pretrained(MODEL_PATH)
model.eval()


def transcribe_audio(audio_file_path):
    """Transcribe an audio file with the fine-tuned Wav2Vec2 model."""
    speech, sr = sf.read(audio_file_path)
    if sr != 16000:
        speech = librosa.resample(speech, orig_sr=sr, target_sr=16000)
    inputs = processor(speech, sampling_rate=16000, return_tensors="pt", padding=True)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    inputs = {k: v.to(device) for k, v in inputs.items()}
    model.to(device)
    with torch.no_grad():
        logits = model(**inputs).logits
    return processor.batch_decode(torch.argmax(logits, dim=-1))[0]


if __name__ == "__main__":
    audio_path = "/Users/saya0001/consultations/huskey/enelhet/DEMO.wav"
    if not os.path.exists(audio_path):
        print(f"Error: The file '{audio_path}' was not found.")
    else:
        print("Transcription:", transcribe_audio(audio_path))
