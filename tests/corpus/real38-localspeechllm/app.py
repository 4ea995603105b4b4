import os
import tempfile

import numpy as np
import soundfile as sf
import streamlit as st
from faster_whisper import WhisperModel
from kokoro import KPipeline
from ollama import chat

st.set_page_config(page_title="Ollama Speech Chatbot", page_icon="")

for key, default in (("messages", []), ("last_audio_bytes", None), ("from_audio", False)):
    if key not in st.session_state:
        st.session_state[key] = default

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

audio_value = st.audio_input("Tap to record", sample_rate=16000)

if audio_value:
    st.audio(audio_value)
    current_audio_bytes = audio_value.getvalue()

    if current_audio_bytes != st.session_state.last_audio_bytes:
        st.session_state.from_audio = True
        with tempfile.NamedTemporaryFile(suffix=".wav", delete=False) as tmp_file:
            tmp_file.write(current_audio_bytes)
            tmp_path = tmp_file.name

        # Transcribe audio
        model = WhisperModel("base", device="cpu")
        segments, _ = model.transcribe(tmp_path)
        transcription = " ".join(seg.text for seg in segments)
        os.remove(tmp_path)

        with st.chat_message("user"):
            st.markdown(transcription)
        st.session_state.messages.append({"role": "user", "content": transcription})

        response = chat(
            model="llama3.2:3b",
            messages=st.session_state.messages,
        )
        reply = response["message"]["content"]

        pipeline = KPipeline(lang_code="a")
        generator = pipeline(reply, voice="af_heart", speed=1.0, split_pattern=r"\n+")
        audio_segments = [audio for _, _, audio in generator]

        if audio_segments:
            output_path = "output.wav"
            sf.write(output_path, np.concatenate(audio_segments), 24000)
            with st.chat_message("assistant"):
                st.markdown(reply)
                st.audio(output_path)
            st.session_state.messages.append({"role": "assistant", "content": reply})
            st.session_state.last_audio_bytes = current_audio_bytes

prompt = st.chat_input("Ask something...")
if prompt:
    st.session_state.from_audio = False
    st.session_state.messages.append({"role": "user", "content": prompt})
    response = chat(
        model="llama3.2:3b",
        messages=st.session_state.messages,
    )
    st.session_state.messages.append({"role": "assistant", "content": response["message"]["content"]})
    st.rerun()

if audio_value and current_audio_bytes != st.session_state.last_audio_bytes:
    st.stop()
