import whisper
import sounddevice as sd
import scipy.io.wavfile as wav

# record audio from the user
def record_audio_and_transcribe():
    fs = 44100  # Sample rate
    duration = 5  # Duration in seconds
    audio = sd.rec(int(duration * fs), samplerate=fs, channels=2, dtype='int16')
    sd.wait()
    wav.write("output.wav", fs, audio)

    # Load the whisper model
    model = whisper.load_model("base")
    result = model.transcribe("output.wav")
    return result["text"]

print(record_audio_and_transcribe())
