from itertools import permutations

import requests
import streamlit as st


class TextTranslation:
    def __init__(self) -> None:
        # target languages offered for each source language
        self.all_languages = {
            'Chinese': ['English', 'Swedish', 'German'],
            'French': ['English', 'Arabic', 'Spanish', 'German', 'Russian', 'Swedish'],
            'Spanish': ['English', 'Russian', 'German', 'French', 'Arabic'],
            'German': ['English', 'French', 'Spanish', 'Chinese', 'Arabic'],
            'Russian': ['English', 'Spanish', 'Arabic', 'French', 'Swedish'],
            'English': ['Chinese', 'Spanish', 'German', 'French', 'Swedish', 'Russian', 'Arabic', 'Italian'],
            'Swedish': ['English', 'Russian', 'French', 'Chinese'],
            'Italian': ['English'],
            'Arabic': ['English', 'French', 'Spanish', 'German', 'Russian'],
        }
        # one Helsinki-NLP opus-mt endpoint per language pair
        self.api_zh_en = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-zh-en"
        self.api_zh_sv = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-zh-sv"
        self.api_zh_de = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-zh-de"
        self.api_fr_en = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-fr-en"
        self.api_fr_ar = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-fr-ar"
        self.api_fr_es = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-fr-es"
        self.api_fr_de = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-fr-de"
        self.api_fr_ru = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-fr-ru"
        self.api_fr_sv = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-fr-sv"
        self.api_es_en = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-es-en"
        self.api_es_ru = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-es-ru"
        self.api_es_de = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-es-de"
        self.api_es_fr = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-es-fr"
        self.api_es_ar = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-es-ar"
        self.api_de_en = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-de-en"
        self.api_de_fr = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-de-fr"
        self.api_de_es = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-de-es"
        self.api_de_zh = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-de-ZH"
        self.api_de_ar = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-de-ar"
        self.api_ru_en = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-ru-en"
        self.api_ru_es = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-ru-es"
        self.api_ru_ar = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-ru-ar"
        self.api_ru_fr = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-ru-fr"
        self.api_ru_sv = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-ru-sv"
        self.api_en_zh = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-en-zh"
        self.api_en_es = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-en-es"
        self.api_en_de = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-en-de"
        self.api_en_fr = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-en-fr"
        self.api_en_sv = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-en-sv"
        self.api_en_ru = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-en-ru"
        self.api_en_ar = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-en-ar"
        self.api_en_it = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-en-it"
        self.api_sv_en = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-sv-en"
        self.api_sv_ru = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-sv-ru"
        self.api_sv_fr = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-sv-fr"
        self.api_sv_zh = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-sv-ZH"
        self.api_it_en = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-it-en"
        self.api_ar_en = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-ar-en"
        self.api_ar_fr = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-ar-fr"
        self.api_ar_es = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-ar-es"
        self.api_ar_de = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-ar-de"
        self.api_ar_ru = "https://api-inference.huggingface.co/models/Helsinki-NLP/opus-mt-ar-ru"

    def translate_api(self, text: str, api_url: str) -> str:
        """POST the text to the inference endpoint of the chosen opus-mt model."""
        token = st.session_state.access_token
        try:
            headers = {"Authorization": f"Bearer {token}"}
            response = requests.post(api_url, headers=headers, json={"inputs": text})
            return response.json()[0]['translation_text']
        except requests.ConnectionError:
            st.error("Connection error")
        except KeyError:
            st.warning("Please try again!")

    def text_translation(self) -> None:
        st.subheader("Translation")
        cols = st.columns([4, 2, 4])
        with cols[0]:
            source = st.selectbox("Select a language", sorted(self.all_languages), key='sr')
            text = st.text_area("Enter your Text", placeholder="Type your text...")
        with cols[2]:
            target = st.selectbox("Select a language", sorted(self.all_languages[source]), key='ol')
        codes = {v: k for k, v in {'zh': 'Chinese', 'sv': 'Swedish', 'de': 'German', 'fr': 'French', 'en': 'English', 'ar': 'Arabic', 'es': 'Spanish', 'ru': 'Russian', 'it': 'Italian'}.items()}
        attr = f"api_{codes[source]}_{codes[target]}"
        if not hasattr(self, attr):
            st.write("Translation not supported for this language pair.")
            return
        if st.button("Translate", disabled=len(text) <= 1):
            st.info(self.translate_api(text, getattr(self, attr)))
        else:
            st.write("If you get no translation, press Translate again.")
