import streamlit as st
from dotenv import load_dotenv

from config import Config
from helpers.llm_helper import chat, stream_parser

load_dotenv()
st.set_page_config(page_title="Streamlit Chatbot", initial_sidebar_state="expanded")
st.title("Streamlit Chatbot")

with st.sidebar:
    st.markdown("# Chat Options")
    # models - https://platform.openai.com/docs/models/gpt-4-and-gpt-4-turbo
    model = st.selectbox('What model would you like to use?', ('gpt-3.5-turbo', 'gpt-4'))
    temperature = st.number_input('Temperature', value=0.7, min_value=0.1, max_value=1.0, step=0.1)
    max_tokens = st.number_input('Max Token Length', value=1000, min_value=200, max_value=1000, step=100)

if "history" not in st.session_state:
    st.session_state.history = []

for turn in st.session_state.history:
    with st.chat_message(turn["role"]):
        st.markdown(turn["content"])

if prompt := st.chat_input("What questions do you have?"):
    with st.chat_message("user"):
        st.markdown(prompt)
    st.session_state.history.append({"role": "user", "content": prompt})
    with st.spinner('Generating response...'):
        answer = st.write_stream(stream_parser(chat(prompt, model=model, max_tokens=max_tokens, temp=temperature)))
    st.session_state.history.append({"role": "assistant", "content": answer})
