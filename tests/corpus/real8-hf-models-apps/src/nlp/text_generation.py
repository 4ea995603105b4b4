import streamlit as st
from gradio_client import Client


class TextGeneration:
    def __init__(self) -> None:
        pass

    def text_generation_api(self, text: str):
        """Send the prompt to a hosted Gradio Space and return its answer."""
        try:
            client = Client("ysharma/Chat_with_Meta_llama3_8b")
            result = client.predict(message=text, request=0.5, param_3=512, api_name="/chat")
            if result:
                return result.strip("assistant\n\n")
        except Exception:
            st.error("Connection error")

    def text_generation(self):
        st.subheader("Text Generation")
        with st.expander("Model Description"):
            st.markdown("""Chat with Meta_llama3_8b: generates a text answer for the text you enter.""")
        st.divider()
        text = st.text_area("Enter your Text", placeholder="Write a story about unicorns and rainbows.")
        if st.button("Generate", disabled=len(text) <= 1):
            output = self.text_generation_api(text)
            if output is not None:
                st.info(output)
            else:
                st.warning("Sorry, I could not generate your text")
