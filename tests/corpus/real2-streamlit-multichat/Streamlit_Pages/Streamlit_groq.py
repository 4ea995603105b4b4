# based on a public Groq + Streamlit demo

from typing import Generator

import streamlit as st
from groq import Groq

from Streamlit_Pages.config import Config

models = {
    "gemma-7b-it": {"name": "Gemma-7b-it via Groq", "tokens": 8192, "developer": "Google"},
    "llama3-70b-8192": {"name": "LLaMA3-70b-8192 via Groq", "tokens": 8192, "developer": "Meta"},
    "llama3-8b-8192": {"name": "LLaMA3-8b-8192 via Groq", "tokens": 8192, "developer": "Meta"},
    "mixtral-8x7b-32768": {"name": "Mixtral-8x7b-Instruct-v0.1 via Groq", "tokens": 32768, "developer": "Mistral"},
}

client = Groq(api_key=st.secrets["GROQ_API_KEY"],)


def chunks(completion) -> Generator[str, None, None]:
    for part in completion:
        if part.choices[0].delta.content:
            yield part.choices[0].delta.content


def page_one():
    with st.sidebar:
        st.title('Groq Chatbot')
        choice = st.selectbox(
            "Choose a model:",
            options=list(models.keys()),
            format_func=lambda k: models[k]["name"],
            index=3,
        )
        if st.session_state.get("selected_model") != choice:
            st.session_state.messages = []
            st.session_state.selected_model = choice
        limit = models[choice]["tokens"]
        max_tokens = st.slider("Max Tokens:", min_value=512, max_value=limit, value=min(32768, limit), step=512)

    st.session_state.setdefault("messages", [])
    if prompt := st.chat_input("Enter your prompt here..."):
        st.session_state.messages.append({"role": "user", "content": prompt})
        with st.chat_message("assistant"):
            box = st.empty()
            text = ""
            if choice in Config.OLLAMA_MODELS:
                text = st.write_stream(chat(prompt, model=choice, temperature=0.7))
            else:
                completion = client.chat.completions.create(
                    model=choice,
                    messages=[{"role": m["role"], "content": m["content"]} for m in st.session_state.messages],
                    max_tokens=max_tokens,
                    temperature=0.6,
                    stream=True,
                )
                for piece in chunks(completion):
                    text += piece
                    box.markdown(text + "▌")
            box.markdown(text)
        st.session_state.messages.append({"role": "assistant", "content": text})
