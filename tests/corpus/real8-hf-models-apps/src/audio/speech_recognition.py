import pathlib

import requests
import streamlit as st

root_path = pathlib.Path(__file__).parent.parent


class SpeechRecognition:
    def speech_recognition_api(self, filename):
        token = st.session_state.access_token
        try:
            API_URL = "https://api-inference.huggingface.co/models/openai/whisper-large-v3"
            headers = {"Authorization": f"Bearer {token}"}
            with open(filename, "rb") as f:
                response = requests.post(API_URL, headers=headers, data=f.read())
            return response.json()['text']
        except requests.ConnectionError:
            st.error("Connection error")
        except KeyError:
            st.error("Could not generate.")

    def speech_recognition(self):
        st.subheader("Automatic Speech Recognition")
        with st.expander("Model Description"):
            st.markdown("""Speech recognition model (facebook/wav2vec2-large-960h-lv60-self): transcribes
                        the uploaded audio in the language it is spoken in.""")
        st.divider()
        upload = st.file_uploader(type=[".flac", ".wav", ".mp3"], label="Upload Audio")
        if upload is not None:
            folder = root_path / 'data'
            folder.mkdir(exist_ok=True)
            path = folder / upload.name
            path.write_bytes(upload.read())
            if st.button("Recognize"):
                st.text_area("Recognized Text", value=self.speech_recognition_api(path))
