import streamlit as st
import requests
import time
from newspaper import Article

c1, c2 = st.columns([0.32, 2])
with c1:
    st.image("images/newspaper.png", width=85)
with c2:
    st.title("FastNews Article Summarizer")

st.markdown("**Generate summaries of online articles using abstractive summarization with Google's PEGASUS model.**")

# Sidebar content
st.sidebar.subheader("About the app")
st.sidebar.info("This app uses 🤗HuggingFace's [google/pegasus-cnn_dailymail](https://huggingface.co/google/pegasus-cnn_dailymail) model.\
                 \nYou can find the source code [here](https://github.com/ivnlee/streamlit-text-summarizer)")
st.sidebar.markdown("**Get a free API key from HuggingFace:**")
st.sidebar.markdown("* Create a [free account](https://huggingface.co/join) or [login](https://huggingface.co/login)")
st.sidebar.markdown("* Go to **Settings** and then **Access Tokens**")
st.sidebar.markdown("* Paste your API key in the text box")
st.sidebar.caption("Created by [Ivan Lee](https://ivan-lee.medium.com/) using [Streamlit](https://streamlit.io/)🎈.")

st.subheader("Enter the URL of the article you want to summarize")
url = st.text_input("URL:", "https://")

# HuggingFace API KEY input
API_KEY = st.text_input("Enter your HuggingFace API key", type="password")

# HuggingFace API inference URL.
API_URL = "https://api-inference.huggingface.co/models/google/pegasus-cnn_dailymail"

headers = {"Authorization": f"Bearer {API_KEY}"}

if st.button("Submit"):
    article = Article(url)
    article.download()
    article.parse()

    def query(payload):
        response = requests.post(API_URL, headers=headers, json=payload)
        return response.json()

    with st.spinner('Doing some AI magic, please wait...'):
        time.sleep(1)
        output = query({"inputs": article.text})
        summary = output[0]['summary_text'].replace('<n>', " ")

    st.divider()
    st.subheader("Summary")
    st.write(f"Your article: **{article.title}**")
    st.write(f"**{summary}**")
