import subprocess

import openai
import streamlit as st
from streamlit_chat import message

st.title("LLM RAG Chatbot (OpenAI / Ollama)")

backend = st.selectbox("Choose AI Model:", ["OpenAI GPT", "Ollama (Local)"])
if backend == "Ollama (Local)":
    st.warning("Run `ollama serve` in a terminal before using this option!")

if backend == "OpenAI GPT":
    key = st.text_input("Enter your OpenAI API Key:", type="password")
    if key:
        openai.api_key = key


def ask_openai(prompt):
    if not openai.api_key:
        return "OpenAI API key is required!"
    try:
        r = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
            temperature=0.7,
        )
        return r["choices"][0]["message"]["content"]
    except Exception as exc:
        return f"Error: {exc}"


def ask_ollama(prompt):
    try:
        out = subprocess.run(["ollama", "run", "mistral", prompt], capture_output=True, text=True)
        return out.stdout
    except Exception as exc:
        return f"Error: {exc}"


text = st.text_input("You: ")
if text:
    reply = ask_openai(text) if backend == "OpenAI GPT" else ask_ollama(text)
    message(text, is_user=True)
    message(reply)
