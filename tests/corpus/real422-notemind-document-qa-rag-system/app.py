# app.py
import streamlit as st
import os
from dotenv import load_dotenv
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain_google_genai import GoogleGenerativeAIEmbeddings
from langchain_huggingface import HuggingFaceEmbeddings
from langchain_community.vectorstores import FAISS
from langchain_community.llms import Ollama
from langchain_core.prompts import PromptTemplate
from langchain_community.document_loaders import TextLoader
import asyncio
import tempfile
import json
from urllib.request import urlopen
from langchain_core.runnables import (
    RunnableParallel,
    RunnableLambda,
    RunnablePassthrough,
)
from langchain_core.output_parsers import StrOutputParser
from langchain_core.messages import (
    AIMessage,
    HumanMessage,
    SystemMessage,
)
from langchain_google_genai import ChatGoogleGenerativeAI
from datetime import datetime
import time
from langchain_community.document_loaders import PyPDFLoader

# Constants
CHUNK_SIZE = 1000
CHUNK_OVERLAP = 100
# The previous experimental model was retired by the Gemini API.
# Use Google's stable text-embedding model instead.
EMBEDDING_MODEL = "models/gemini-embedding-001"
LOCAL_EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
OLLAMA_URL = "http://127.0.0.1:11434"
RETRIEVER_K = 4
DEFAULT_SYSTEM_MESSAGE = """
You are Document RAG Assistant 📄🤖. 
Your role is to help users understand and explore the content of uploaded documents.

Follow these rules:
1. Always prioritize the document context when answering questions.
2. If the answer is not in the document, clearly say you don't know.
3. Keep responses friendly, clear, and concise.
"""

# Load environment variables
load_dotenv()

try:
    asyncio.get_running_loop()
except RuntimeError:
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)


# Initialize session state
def init_session_state():
    """Initialize all session state variables"""
    if "messages" not in st.session_state:
        st.session_state.messages = [SystemMessage(content=DEFAULT_SYSTEM_MESSAGE)]
    if "chat_history" not in st.session_state:
        st.session_state.chat_history = []
    # if "current_video_id" not in st.session_state:
    # st.session_state.current_video_id = None


def configure_page():
    st.set_page_config(
        page_title="Document RAG Chat",
        page_icon="📄",
        layout="centered",
    )

    st.title("📄 Document RAG Assistant")
    st.markdown("### Chat with your documents using AI")


def center_app():
    st.markdown(
        """
        <style>
        /* Center the main content */
        .block-container {
            display: flex;
            flex-direction: column;
            align-items: center;
            justify-content: center;
            # text-align: center;
            max-width: 800px; /* prevent content from stretching too wide */
            margin: auto;
        }

        #transform-any-you-tube-video-into-an-interactive-conversation,#you-tube-x-rag-assistant{
        text-align:center;
        }

        /* Center text inputs and buttons */
        .stTextInput, .stButton {
            width: 100% !important;
            # max-width: 500px;
            margin: auto;
        }

        @media (max-width: 768px) {
                .stVerticalBlock{
                align-items:center;
                }
            }
        
        </style>
        """,
        unsafe_allow_html=True,
    )


def handle_new_document_button():
    if st.sidebar.button("🔄 New Document", use_container_width=True):
        # Clear document-related session state
        if "retriever" in st.session_state:
            del st.session_state["retriever"]
        if "document_name" in st.session_state:
            del st.session_state["document_name"]

        st.session_state.messages = [SystemMessage(content=DEFAULT_SYSTEM_MESSAGE)]
        st.success("🔄 Ready for new document!")
        time.sleep(1)
        st.rerun()


@st.cache_data(ttl=10)
def get_ollama_models():
    """Return models exposed by the local Ollama service."""
    try:
        with urlopen(f"{OLLAMA_URL}/api/tags", timeout=2) as response:
            payload = json.load(response)
        models = [item["name"] for item in payload.get("models", [])]
        if models:
            return models
    except Exception:
        pass
    return ["qwen2.5-coder:32b"]


def handle_sidebar():
    st.sidebar.header("🔑 Configuration")

    provider = st.sidebar.selectbox(
        "AI Provider",
        ["Google Gemini (API)", "On-device (Ollama)"],
        help="Use Ollama to answer and index documents locally without a Gemini API key.",
    )

    api_key = st.session_state.get("api_key", "")
    if provider == "Google Gemini (API)":
        api_key = st.sidebar.text_input(
            "Your Google Gemini API Key",
            type="password",
            placeholder="Enter your API key...",
            help="Your key is kept only in your current browser session.",
            value=api_key,
        )
        if api_key:
            st.session_state.api_key = api_key
            if len(api_key) < 20:
                st.sidebar.error("⚠️ This API key looks too short. Please check it.")
            elif not api_key.startswith("AIza"):
                st.sidebar.warning(
                    "⚠️ This doesn't look like a Google API key. Double-check it."
                )
            else:
                os.environ["GOOGLE_API_KEY"] = api_key
                st.sidebar.success("✅ API key set for this session")
        else:
            st.sidebar.info("💡 Enter your API key to start chatting")
    else:
        st.sidebar.success("✅ Local mode: no Google API key or quota is used")

    st.sidebar.divider()

    if provider == "Google Gemini (API)":
        selected_model = st.sidebar.selectbox(
            "Generation Models",
            [
            "gemini-2.5-pro",
            "gemini-2.5-flash",
            "gemini-2.5-flash-lite",
            "gemini-2.5-flash-image-preview",
            "gemini-live-2.5-flash-preview",
            "gemini-2.0-flash",
            "gemini-2.0-flash-lite",
            "gemini-2.0-flash-001",
            "gemini-2.0-flash-lite-001",
            "gemini-2.0-flash-live-001",
            "gemini-2.0-flash-live-preview-04-09",
            "gemini-2.0-flash-preview-image-generation",
            "gemini-1.5-flash",
            "gemini-1.5-pro",
            ],
            index=0,
            help="Choose the Gemini model for generation",
        )
    else:
        selected_model = st.sidebar.selectbox(
            "Local Ollama model",
            get_ollama_models(),
            help="Models installed in Ollama. Start Ollama before using local mode.",
        )
        st.sidebar.caption(
            f"Uses local embeddings: {LOCAL_EMBEDDING_MODEL}. The first run downloads this small embedding model."
        )

    st.session_state.model = selected_model
