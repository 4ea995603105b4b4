import soundfile as sf
import torch
from datasets import load_dataset
from transformers import SpeechT5ForTextToSpeech, SpeechT5HifiGan, SpeechT5Processor

processor = SpeechT5Processor.from_pretrained("microsoft/speecht5_tts")
model = SpeechT5ForTextToSpeech.from_pretrained("microsoft/speecht5_tts")
vocoder = SpeechT5HifiGan.from_pretrained("microsoft/speecht5_hifigan")

inputs = processor(text="Hello, my dog is cute", return_tensors="pt")

# x-vector holding a speaker's voice characteristics
xvectors = load_dataset("Matthijs/cmu-arctic-xvectors", split="validation")
speaker = torch.tensor(xvectors[7306]["xvector"]).unsqueeze(0)

speech = model.generate_speech(inputs["input_ids"], speaker, vocoder=vocoder)
sf.write("speech.wav", speech.numpy(), samplerate=16000)
