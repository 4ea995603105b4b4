import streamlit as st
from gradio_client import Client, handle_file
import speech_recognition as sr

# Initialize session state for chat history
if "messages" not in st.session_state:
    st.session_state.messages = []

# Initialize Gradio Clients
client_tts = Client("mrfakename/E2-F5-TTS")
# client_chat = Client("suayptalha/Chat-with-FastLlama")
client_chat = Client("Dhahlan2000/dechat_space_zero")

# Mapping of samples to system messages
samples = ["madara", "tony_stark", "deadpool"]

sample_to_message = {
    "madara": """You are Madara Uchiha, a legendary and feared shinobi from the anime Naruto.
    - Do not include any body language or facial expressions in your response.""",
    "tony_stark": """you are a billionaire with a proud mentality.
    - Your name is Tony Stark
    - Do not include any body language or facial expressions in your response.
    """,
    "deadpool": """You are Deadpool, the wisecracking, fourth-wall-breaking anti-hero.
    - Always keep responses witty, self-aware, and a little chaotic.""",
}


def transcribe_audio_from_mic():
    recognizer = sr.Recognizer()
    with sr.Microphone() as source:
        recognizer.adjust_for_ambient_noise(source, duration=2)
        try:
            audio_data = recognizer.listen(source, timeout=None, phrase_time_limit=5)
            return recognizer.recognize_google(audio_data)
        except sr.UnknownValueError:
            return "Google Speech Recognition could not understand audio."


def text_to_speech(text, sample):
    result = client_tts.predict(
        ref_audio_input=handle_file(f'input/{sample}.mp3'),
        ref_text_input="",
        gen_text_input=text,
        remove_silence=False,
        cross_fade_duration_slider=0.15,
        speed_slider=1,
        api_name="/basic_tts"
    )
    with open(result[0], "rb") as audio_file:
        st.audio(audio_file.read(), format="audio/mp3", autoplay=True)


st.title("Interactive Chat with Streamlit")

with st.sidebar:
    selected_sample = st.selectbox("Select Voice Sample", samples)
    param_4 = st.slider("Max Tokens", min_value=1, max_value=1024, value=256)

with st.form(key="text_input_form"):
    user_input = st.text_input("Enter your message:")
    submit_button = st.form_submit_button("Send")

if submit_button and user_input:
    st.session_state.messages.append({"role": "user", "content": user_input})
    response = client_chat.predict(
        message=user_input,
        system_message=sample_to_message[selected_sample],
        max_tokens=param_4,
        temperature=0.7,
        top_p=0.95,
        api_name="/chat"
    )
    st.session_state.messages.append({"role": "bot", "content": response})
    text_to_speech(response, selected_sample)
