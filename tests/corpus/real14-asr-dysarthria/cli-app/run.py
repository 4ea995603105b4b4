import os

import torch
import torchaudio
from transformers import AutoModelForCTC, AutoProcessor

MODEL_DIR = "cached_model"
MODEL_NAME = "jmaczan/wav2vec2-large-xls-r-300m-dysarthria"


def load_model():
    """Use the local copy when there is one, else download and keep a copy."""
    if os.path.exists(MODEL_DIR):
        print("loading the cached model ...")
        return AutoProcessor.from_pretrained(MODEL_DIR), AutoModelForCTC.from_pretrained(MODEL_DIR)
    print("downloading the model ...")
    proc = AutoProcessor.from_pretrained(MODEL_NAME)
    net = AutoModelForCTC.from_pretrained(MODEL_NAME)
    proc.save_pretrained(MODEL_DIR)
    net.save_pretrained(MODEL_DIR)
    return proc, net


processor, model = load_model()
device = torch.device("mps" if torch.backends.mps.is_available() else "cpu")
model = model.to(device)


def transcribe(path):
    wav, sr = torchaudio.load(path)
    batch = processor(wav.squeeze().numpy(), sampling_rate=sr, return_tensors="pt", padding=True)
    with torch.no_grad():
        logits = model(batch.input_values.to(device)).logits
    return processor.batch_decode(torch.argmax(logits, dim=-1))[0]


if __name__ == "__main__":
    print("Transcription:", transcribe("file.wav"))
