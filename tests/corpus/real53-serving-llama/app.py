import streamlit as st
from langchain_community.llms import Ollama

# llm = Ollama(model="phi:latest", base_url="http://ollama-container:11434", verbose=True)
llm = Ollama(model="llama3", base_url="http://ollama-container:11434", verbose=True)


def send_prompt(prompt):
    return llm.invoke(prompt)


st.title("Karl's Little Chatbot")
if "messages" not in st.session_state:
    st.session_state.messages = [{"role": "assistant", "content": "Ask me a question !"}]

if prompt := st.chat_input("Your question"):
    st.session_state.messages.append({"role": "user", "content": prompt})

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.write(message["content"])

if st.session_state.messages[-1]["role"] != "assistant":
    with st.chat_message("assistant"):
        with st.spinner("Thinking..."):
            response = send_prompt(prompt)
            st.write(response)
            st.session_state.messages.append({"role": "assistant", "content": response})
