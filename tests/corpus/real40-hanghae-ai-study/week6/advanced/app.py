import streamlit as st
from yt_dlp import YoutubeDL
import json, os, requests, logging
from dotenv import load_dotenv
from langchain_community.embeddings import OpenAIEmbeddings
from langchain_community.vectorstores import Chroma
from langchain.schema import Document
from langchain.chat_models import ChatOpenAI
import yaml
import re

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

load_dotenv()
os.environ["OPENAI_API_KEY"] = os.getenv("OPENAI_API_KEY")

st.set_page_config(page_title="🎥 YouTube RAG QA", layout="wide")
st.title("🎥 YouAsk - 유튜브 자막 기반 RAG QA")


def fetch_video_info(video_url):
    ydl_opts = {"writesubtitles": True, "writeautomaticsub": True, "subtitleslangs": ["ko"], "skip_download": True}
    with YoutubeDL(ydl_opts) as ydl:
        return ydl.extract_info(video_url, download=False)


def parse_subtitles(subtitle_url):
    captions = []
    res = requests.get(subtitle_url)
    if "application/json" in res.headers.get("Content-Type", ""):
        for event in res.json().get("events", []):
            if "segs" in event:
                text = "".join(seg.get("utf8", "") for seg in event["segs"]).strip()
                if text:
                    captions.append({"start": event["tStartMs"] / 1000,
                                     "end": (event["tStartMs"] + event.get("dDurationMs", 0)) / 1000,
                                     "text": text})
    else:
        logger.warning("지원하지 않는 자막 형식입니다.")
    return captions


def build_vector_db(docs, persist_dir):
    embedding = OpenAIEmbeddings()
    vectordb = Chroma.from_documents(docs, embedding, persist_directory=persist_dir)
    vectordb.persist()
    return vectordb


def load_prompt(version="v1", prompt_name="qa_prompt", path="prompts.yaml"):
    with open(path, "r", encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return data[prompt_name][version]


def generate_summary(chunks):
    llm = ChatOpenAI(temperature=0.3, model_name="gpt-4o-mini")
    full_text = "\n".join(chunk["text"] for chunk in chunks)
    prompt = load_prompt(version="v1", prompt_name="summary_prompt").format(full_text=full_text)
    return llm.invoke(prompt)


video_url = st.text_input("유튜브 영상 URL을 입력해주세요:")

if video_url:
    video_id = video_url.split("v=")[-1][:11]
    persist_dir = f"./chroma_db/{video_id}"
    if "vectordb" not in st.session_state:
        info = fetch_video_info(video_url)
        captions = parse_subtitles(info["automatic_captions"]["ko"][0]["url"])
        docs = [Document(page_content=c["text"], metadata={"start": c["start"], "end": c["end"]}) for c in captions]
        st.session_state.vectordb = build_vector_db(docs, persist_dir)
        st.session_state.summary = generate_summary(captions)

if "vectordb" in st.session_state:
    query = st.text_input("질문을 입력해주세요:")
    if st.button("질문하기") and query:
        llm = ChatOpenAI(temperature=0.2, model_name="gpt-4o-mini")
        retriever = st.session_state.vectordb.as_retriever(search_kwargs={"k": 3})
        top_docs = retriever.get_relevant_documents(query)
        full_context = "\n\n".join(doc.page_content for doc in top_docs)
        prompt = load_prompt(version="v1", prompt_name="qa_prompt").format(full_context=full_context, query=query)
        answer = llm.invoke(prompt)
        st.markdown("### 💡 답변")
        st.write(answer.content.strip())
