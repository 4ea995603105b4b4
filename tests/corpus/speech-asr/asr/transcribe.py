import sys

import torch
from faster_whisper import WhisperModel
from pyannote.audio import Pipeline
from transformers import pipeline
import nemo.collections.asr as nemo_asr

device = "cuda:0" if torch.cuda.is_available() else "cpu"

asr = pipeline(
    "automatic-speech-recognition",
    model="openai/whisper-large-v3-turbo",
    torch_dtype=torch.float16,
    device=device,
)
fw = WhisperModel("large-v3", device="cuda", compute_type="float16")  # CTranslate2 weights from Systran/faster-whisper-large-v3
fw_distil = WhisperModel("distil-whisper/distil-large-v3-ct2")
diar = Pipeline.from_pretrained("pyannote/speaker-diarization-3.1", use_auth_token=True)
canary = nemo_asr.models.EncDecMultiTaskModel.from_pretrained("nvidia/canary-1b")
parakeet = nemo_asr.models.ASRModel.from_pretrained(model_name="nvidia/parakeet-tdt-0.6b-v2")
tts = pipeline("text-to-speech", "suno/bark-small")
mms = pipeline(model="facebook/mms-1b-all", model_kwargs={"target_lang": "hin", "ignore_mismatched_sizes": True})

if __name__ == "__main__":
    for path in sys.argv[1:] or ["samples/2024/05/call-0001.wav"]:
        print(path, asr(path, generate_kwargs={"language": "en"})["text"])
