# based on a blog-generator example built on the Claude API

import anthropic
import streamlit as st


def ask_claude(text, temperature, model):
    client = anthropic.Anthropic(api_key=st.secrets['ANTHROPIC_API_KEY'])
    reply = client.messages.create(
        model=model,
        max_tokens=1024,
        temperature=temperature,
        system="You are a helpful assistant",
        messages=[{"role": "user", "content": text}],
    )
    return reply.content[0].text


def page_four():
    with st.sidebar:
        st.title('Chat with Anthropic')
        if 'ANTHROPIC_API_KEY' in st.secrets and len(st.secrets['ANTHROPIC_API_KEY']) > 30:
            st.success('API key found')
        else:
            st.warning('Add your API key')

        model = st.selectbox(
            "Select Model",
            ("claude-3-opus-20240229", "claude-3-sonnet-20240229","claude-3.5-sonnet-20240620")
        )
        temperature = st.slider("Select Temperature", min_value=0.0, max_value=1.0, value=0.5, step=0.1)

    st.session_state.setdefault("messages", [])
    for m in st.session_state.messages:
        with st.chat_message(m["role"]):
            st.markdown(m["content"])

    if text := st.chat_input("Chat with Claude:"):
        st.session_state.messages.append({"role": "user", "content": text})
        with st.chat_message("assistant"):
            answer = ask_claude(text, temperature, model)
            st.markdown(answer)
        st.session_state.messages.append({"role": "assistant", "content": answer})
