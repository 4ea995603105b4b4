import streamlit as st
import soundfile as sf
from kokoro import KPipeline
from kokoro.pipeline import LANG_CODES

st.title("Kokoro-TTS all languages")
st.markdown("## Text to Speech")

lang_options = {f"{name}": code for code, name in LANG_CODES.items()}
selected_lang = st.selectbox("Select language", list(lang_options.keys()))
code_lang = lang_options[selected_lang]

voice_options = {
    "a": {
        "Heart": "af_heart", "Alloy": "af_alloy", "Aoede": "af_aoede",
        "Bella": "af_bella", "Nova": "af_nova", "Sky": "af_sky",
        "Adam": "am_adam", "Echo": "am_echo", "Onyx": "am_onyx", "Puck": "am_puck"
    },
    "b": {
        "Alice": "bf_alice", "Emma": "bf_emma", "Daniel": "bm_daniel", "Fable": "bm_fable"
    },
    "j": {
        "Alpha": "jf_alpha", "Gongitsune": "jf_gongitsune", "Kumo": "jm_kumo"
    },
    "z": {
        "Xiaobei": "zf_xiaobei", "Yunjian": "zm_yunjian"
    },
}

available_voices = voice_options.get(code_lang, {})
if available_voices:
    name_voice = st.selectbox("Select a voice", list(available_voices.keys()))
    selected_voice = available_voices[name_voice]  # VOICE
else:
    st.error("No voices available for the selected language.")


@st.cache_resource
def load_pipeline():
    return KPipeline(lang_code=code_lang)  # LANGUAGE


pipeline = load_pipeline()

text = st.text_area("Put voice to your text 🎙️:", "Here your text")

if st.button("Generate Speech"):
    if text.strip():
        with st.spinner("Generating audio..."):
            generator = pipeline(text, voice=selected_voice)
            audio_data = None
            for i, (gs, ps, audio) in enumerate(generator):
                audio_data = audio
            if audio_data is not None:
                audio_path = "generated_speech.wav"
                sf.write(audio_path, audio_data, 24000)
                st.audio(audio_path, format="audio/wav")
                with open(audio_path, "rb") as f:
                    st.download_button("Download Audio", f, file_name="speech.wav", mime="audio/wav")
    else:
        st.error("Please enter some text to generate speech.")
