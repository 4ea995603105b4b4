from transformers import pipeline  # the holy grail of all pre-trained LLMs
from youtube_transcript_api import YouTubeTranscriptApi
import streamlit as st
from pytube import YouTube
import re


# runs the function and stores the model in a local cache
@st.cache(allow_output_mutation=True)
def load_summarizer():
    model = pipeline("summarization")
    return model


def get_video_metadata(url):
    yt = YouTube(url)
    st.image(yt.thumbnail_url)
    st.header(yt.title)
    return url.split("=")[1]


def get_video_transcript(video_id):
    return "".join(' ' + i['text'] for i in YouTubeTranscriptApi.get_transcript(video_id))


# breaks down large text blob into chunks so LLMs have limited processing capability
def generate_text_chunks(text):
    return [text[i * 1000:(i + 1) * 1000] for i in range(int(len(text) / 1000) + 1)]


st.markdown("<h1 style='text-align: center; color: white;'>Youtube Video Summarizer</h1><br>", unsafe_allow_html=True)
st.info("View a summary of any Youtube video using its url.")

video_url = st.text_input("Enter YouTube video URL", "https://www.youtube.com/watch?v=yxsoE3jO8HM")

summ_flag = False
url_regex = r"^(http(s)?:\/\/)?((w){3}.)?youtu(be|.be)?(\.com)?\/.+"
if re.search(url_regex, video_url) is None:
    st.error('Please provide a valid YouTube url!', icon="🚨")
    summ_flag = True

button = st.button("Summarize", disabled=summ_flag)
summarizer = load_summarizer()

with st.spinner("Generating Summary.."):
    if button and video_url:
        video_id = get_video_metadata(video_url)
        res = summarizer(generate_text_chunks(get_video_transcript(video_id)))
        st.write(' '.join(summ['summary_text'] for summ in res))
