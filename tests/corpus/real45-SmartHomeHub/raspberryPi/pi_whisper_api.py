import os

import numpy as np
import openai
import pyaudio
from pydub import AudioSegment


def get_transcription_from_whisper():
    openai.api_key = os.getenv("OPENAI_API_KEY")

    FORMAT = pyaudio.paInt16
    CHANNELS = 1
    RATE = 16000
    CHUNK = 2048
    SILENCE_THRESHOLD = 300
    SPEECH_END_TIME = 1.0

    audio = pyaudio.PyAudio()
    stream = audio.open(format=FORMAT, channels=CHANNELS, rate=RATE, input=True, frames_per_buffer=CHUNK)
    print("Recording...Waiting for speech to begin.")

    frames, silence_frames, is_speaking = [], 0, False
    while True:
        data = stream.read(CHUNK)
        frames.append(data)
        level = np.abs(np.frombuffer(data, dtype=np.int16)).mean()
        if level > SILENCE_THRESHOLD:
            is_speaking = True
        if is_speaking:
            silence_frames = silence_frames + 1 if level < SILENCE_THRESHOLD else 0
        if is_speaking and silence_frames > SPEECH_END_TIME * (RATE / CHUNK):
            break

    stream.stop_stream()
    stream.close()
    audio.terminate()

    segment = AudioSegment(data=b''.join(frames), sample_width=audio.get_sample_size(FORMAT),
                           frame_rate=RATE, channels=CHANNELS)
    segment.export("output_audio_file.mp3", format="mp3", bitrate="32k")

    with open("output_audio_file.mp3", "rb") as f:
        transcript = openai.Audio.transcribe("whisper-1", f)
    return transcript['text']


if __name__ == '__main__':
    print("Transcript:", get_transcription_from_whisper())
