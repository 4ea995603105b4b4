import streamlit as st

st.title("LangChain Demo with Streamlit")
st.header("Generate a Story using HuggingFace Model")

st.write("This demo uses a HuggingFace model to generate a short story based on user input.")

st.button("Generate Story")