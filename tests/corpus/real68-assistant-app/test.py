import streamlit as st
from streamlit_webrtc import webrtc_streamer, AudioProcessorBase, WebRtcMode
import numpy as np
from gradio_client import Client, handle_file
import speech_recognition as sr
import os

# Initialize session state for chat history
if "messages" not in st.session_state:
    st.session_state.messages = []

# Initialize Gradio Clients
client_tts = Client("mrfakename/E2-F5-TTS")
client_chat = Client("suayptalha/Chat-with-FastLlama")

# Mapping of samples to system messages
samples = ["madara", "girl", "tony_stark", "tobi", "obito", "deadpool"]

sample_to_message = {
    "girl": """You are a girl who loves to flirt with everyone...""",  # Truncated for brevity
    "madara": """You are Madara Uchiha, a legendary and feared shinobi...""",
    "tony_stark": """You are Tony Stark, a billionaire with a proud mentality...""",
    "tobi": """You are Tobi, a mysterious and mischievous character...""",
    "obito": """You are Obito Uchiha, a man whose life has been shaped by profound loss...""",
    "deadpool": """You are Deadpool, the wisecracking, fourth-wall-breaking anti-hero..."""
}

# Audio Processor for WebRTC
class AudioProcessor(AudioProcessorBase):
    def __init__(self):
        self.recognizer = sr.Recognizer()

    def recv(self, frame):
        audio_array = frame.to_ndarray()
        audio_bytes = audio_array.tobytes()

        try:
            # Recognize speech using Google Speech Recognition
            with sr.AudioFile(audio_bytes) as source:
                audio_data = self.recognizer.record(source)
                text = self.recognizer.recognize_google(audio_data)
                return text
        except sr.UnknownValueError:
            return "Google Speech Recognition could not understand audio."
        except sr.RequestError as e:
            return f"Error with Google Speech Recognition: {e}"

# Text-to-Speech Conversion
def text_to_speech(text, sample):
    try:
        result = client_tts.predict(
            ref_audio_input=handle_file(f'input/{sample}.mp3'),
            ref_text_input="",
            gen_text_input=text,
            remove_silence=False,
            cross_fade_duration_slider=0.15,
            speed_slider=1,
            api_name="/basic_tts"
        )
        audio_file = open(result[0], "rb")
        audio_bytes = audio_file.read()
        st.audio(audio_bytes, format="audio/mp3", autoplay=True)
    except Exception as e:
        st.error(f"Text-to-Speech conversion failed: {e}")

# Streamlit Layout
st.title("Interactive Chat with Streamlit")

# Sidebar for Settings
with st.sidebar:
    st.header("Settings")
    selected_sample = st.selectbox("Select Voice Sample", samples)
    param_4 = st.slider("Max Tokens", min_value=1, max_value=1024, value=256)
    interaction_mode = st.radio("Interaction Mode", ["Text Input", "Microphone Input", "File Upload"])
