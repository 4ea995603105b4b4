#https://github.com/dataprofessor/openai-chatbot

import openai
import streamlit as st


def page_three():
    with st.sidebar:
        st.title('🤖💬 OpenAI Chatbot')
        if 'OPENAI_API_KEY' in st.secrets and len(st.secrets['OPENAI_API_KEY']) > 30:
            st.success('API key already provided!', icon='✅')
            openai.api_key = st.secrets['OPENAI_API_KEY']
        else:
            openai.api_key = st.text_input('Enter OpenAI API token:', type='password')
            if not (openai.api_key.startswith('sk-') and len(openai.api_key) > 30):
                st.warning('Please, enter your credentials', icon='⚠️')

        model_choice = st.selectbox(
            'Choose the model:',
            ['gpt-3.5-turbo', 'gpt-4-turbo-preview', 'gpt-4o'],
            index=0
        )
        temperature = st.slider('Select temperature for the model:', min_value=0.0, max_value=1.0,
                                value=0.7, step=0.01)

    st.session_state.setdefault("messages", [])
    for message in st.session_state.messages:
        with st.chat_message(message["role"]):
            st.markdown(message["content"])

    if prompt := st.chat_input("What is up?"):
        st.session_state.messages.append({"role": "user", "content": prompt})
        with st.chat_message("assistant"):
            placeholder = st.empty()
            full_response = ""
            for response in openai.ChatCompletion.create(
                    model=model_choice,
                    messages=[{"role": m["role"], "content": m["content"]} for m in st.session_state.messages],
                    temperature=temperature,
                    stream=True):
                full_response += response.choices[0].delta.get("content", "")
                placeholder.markdown(full_response + "▌")
            placeholder.markdown(full_response)
        st.session_state.messages.append({"role": "assistant", "content": full_response})
