# based on a public OpenAI chatbot example

import openai
import streamlit as st


def page_three():
    with st.sidebar:
        st.title('OpenAI Chatbot')
        if 'OPENAI_API_KEY' in st.secrets and len(st.secrets['OPENAI_API_KEY']) > 30:
            openai.api_key = st.secrets['OPENAI_API_KEY']
        else:
            openai.api_key = st.text_input('OpenAI API token:', type='password')

        model_choice = st.selectbox(
            'Choose the model:',
            ['gpt-3.5-turbo', 'gpt-4-turbo-preview', 'gpt-4o'],
            index=0
        )
        temperature = st.slider('Temperature:', min_value=0.0, max_value=1.0, value=0.7, step=0.01)

    st.session_state.setdefault("messages", [])
    if prompt := st.chat_input("What is up?"):
        st.session_state.messages.append({"role": "user", "content": prompt})
        with st.chat_message("assistant"):
            box = st.empty()
            text = ""
            for chunk in openai.ChatCompletion.create(
                model=model_choice,
                messages=[{"role": m["role"], "content": m["content"]} for m in st.session_state.messages],
                temperature=temperature,
                stream=True,
            ):
                text += chunk.choices[0].delta.get("content", "")
                box.markdown(text + "▌")
        st.session_state.messages.append({"role": "assistant", "content": text})
