from faster_whisper import WhisperModel

model = WhisperModel("base", device="cpu", compute_type="int8")


def transcribe_audio(path):
    segments, info = model.transcribe(path)
    text = " ".join(seg.text for seg in segments)
    return text.strip(), info.language
