#https://github.com/tonykipkemboi/groq_streamlit_demo

from typing import Generator

import streamlit as st
from groq import Groq

models = {
    "gemma-7b-it": {"name": "Gemma-7b-it via Groq", "tokens": 8192, "developer": "Google"},
    "llama3-70b-8192": {"name": "LLaMA3-70b-8192  via Groq", "tokens": 8192, "developer": "Meta"},
    "llama3-8b-8192": {"name": "LLaMA3-8b-8192 via Groq", "tokens": 8192, "developer": "Meta"},
    "mixtral-8x7b-32768": {"name": "Mixtral-8x7b-Instruct-v0.1 via Groq", "tokens": 32768, "developer": "Mistral"},
}

client = Groq(api_key=st.secrets["GROQ_API_KEY"])


def generate_chat_responses(chat_completion) -> Generator[str, None, None]:
    for chunk in chat_completion:
        if chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def page_one():
    with st.sidebar:
        st.title('🤖💬 Groq Chatbot')
        model_option = st.selectbox(
            "Choose a model:",
            options=list(models.keys()),
            format_func=lambda x: models[x]["name"],
            index=3,  # Default to mixtral
        )
        if st.session_state.get("selected_model") != model_option:
            st.session_state.messages = []
            st.session_state.selected_model = model_option
        max_tokens_range = models[model_option]["tokens"]
        max_tokens = st.slider("Max Tokens:", min_value=512, max_value=max_tokens_range,
                               value=min(32768, max_tokens_range), step=512)

    st.session_state.setdefault("messages", [])
    for message in st.session_state.messages:
        with st.chat_message(message["role"]):
            st.markdown(message["content"])

    if prompt := st.chat_input("Enter your prompt here..."):
        st.session_state.messages.append({"role": "user", "content": prompt})
        with st.chat_message("assistant"):
            placeholder = st.empty()
            full_response = ""
            try:
                completion = client.chat.completions.create(
                    model=model_option,
                    messages=[{"role": m["role"], "content": m["content"]} for m in st.session_state.messages],
                    max_tokens=max_tokens,
                    temperature=0.6,
                    stream=True,
                )
                for piece in generate_chat_responses(completion):
                    full_response += piece
                    placeholder.markdown(full_response + "▌")
            except Exception as e:
                st.error(e, icon="🚨")
            placeholder.markdown(full_response)
        st.session_state.messages.append({"role": "assistant", "content": full_response})
