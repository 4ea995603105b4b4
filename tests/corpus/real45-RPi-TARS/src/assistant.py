import json
import os
import random
import struct
import time

import pvporcupine
import pyaudio
import vosk
from dotenv import load_dotenv
from google.cloud import texttospeech
from openai import OpenAI


class TARS:
    def __init__(self):
        load_dotenv()
        self.pa = pyaudio.PyAudio()

        # Porcupine with the built-in Jarvis keyword
        self.porcupine = pvporcupine.create(
            access_key=os.getenv('PICOVOICE_KEY'),
            keywords=['jarvis']
        )

        vosk.SetLogLevel(-1)
        self.vosk_model = vosk.Model("vosk-model")
        self.vosk_rec = vosk.KaldiRecognizer(self.vosk_model, 16000)

        self.openai_client = OpenAI(api_key=os.getenv('OPENAI_API_KEY'))
        self.tts_client = texttospeech.TextToSpeechClient()

        self.wake_word_responses = ["Huh?", "Did you say something?", "Yes?", "What's up?"]

    def get_ai_response(self, text):
        try:
            response = self.openai_client.chat.completions.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": text}]
            )
            return response.choices[0].message.content
        except Exception as e:
            print(f"OpenAI Error: {e}")
            return "Sorry, I couldn't process that request."

    def speak_response(self, text):
        try:
            input_text = texttospeech.SynthesisInput(text=text)
            voice = texttospeech.VoiceSelectionParams(
                language_code="en-US",
                name="en-US-Neural2-D",
                ssml_gender=texttospeech.SsmlVoiceGender.MALE
            )
            audio_config = texttospeech.AudioConfig(
                audio_encoding=texttospeech.AudioEncoding.LINEAR16,
                speaking_rate=1.0,
            )
            response = self.tts_client.synthesize_speech(
                input=input_text, voice=voice, audio_config=audio_config
            )
            with open("response.wav", "wb") as out:
                out.write(response.audio_content)
            os.system('aplay -D plughw:3,0 response.wav')
        except Exception as e:
            print(f"TTS Error: {e}")

    def _listen_for_command(self):
        stream = self.pa.open(format=pyaudio.paInt16, channels=1, rate=16000,
                              input=True, frames_per_buffer=8192, input_device_index=8)
        text = ""
        start = time.time()
        try:
            while time.time() - start < 10:
                data = stream.read(8192, exception_on_overflow=False)
                if self.vosk_rec.AcceptWaveform(data):
                    result = json.loads(self.vosk_rec.Result())
                    if result["text"]:
                        text = result["text"]
                        break
        finally:
            stream.stop_stream()
            stream.close()
        return text.lower().strip()

    def run(self):
        stream = self.pa.open(format=pyaudio.paInt16, channels=1, rate=16000,
                              input=True, frames_per_buffer=512, input_device_index=8)
        print("Listening for wake word 'Jarvis'...")
        try:
            while True:
                pcm = stream.read(self.porcupine.frame_length)
                pcm = struct.unpack_from("h" * self.porcupine.frame_length, pcm)
                if self.porcupine.process(pcm) >= 0:
                    self.speak_response(random.choice(self.wake_word_responses))
                    command = self._listen_for_command()
                    if command:
                        self.speak_response(self.get_ai_response(command))
        except KeyboardInterrupt:
            print("Stopping...")
        finally:
            stream.close()
            self.pa.terminate()
            self.porcupine.delete()


if __name__ == '__main__':
    TARS().run()
