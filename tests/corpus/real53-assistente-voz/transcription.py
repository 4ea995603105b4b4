import whisper

language = "pt"
model = whisper.load_model("small")


def transcription_audio(audio) -> str:
    result = model.transcribe(audio, fp16=False, language=language)
    return result["text"]
