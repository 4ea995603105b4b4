"""
Professional Multi-Provider AI Chatbot with Streamlit

One interface for several AI providers:
- OpenAI (GPT models)
- Google Gemini
- Groq (fast Llama/Mixtral inference)
- Ollama (local models)
"""

import base64
import os
from datetime import datetime

import streamlit as st
from dotenv import load_dotenv

load_dotenv()

st.set_page_config(page_title="Multi-Provider AI Chatbot", page_icon="🤖", layout="centered")

# Provider -> available models and the LangChain class that serves them
PROVIDER_CONFIG = {
    "OpenAI": {
        "models": ["gpt-4o", "gpt-4o-mini", "gpt-3.5-turbo", "gpt-4-turbo"],
        "import_path": "langchain_openai",
        "class_name": "ChatOpenAI",
        "env_key": "OPENAI_API_KEY"
    },
    "Google Gemini": {
        "models": ["gemini-2.5-flash-lite", "gemini-2.5-flash", "gemini-2.5-pro"],
        "import_path": "langchain_google_genai",
        "class_name": "ChatGoogleGenerativeAI",
        "env_key": "GOOGLE_API_KEY"
    },
    "Groq": {
        "models": ["llama-3.1-8b-instant", "llama-3.3-70b-versatile", "mixtral-8x7b-32768"],
        "import_path": "langchain_groq",
        "class_name": "ChatGroq",
        "env_key": "GROQ_API_KEY"
    },
    "Ollama": {
        "models": ["llama3.3", "gemma3", "mistral-small3.2", "phi4"],
        "import_path": "langchain_ollama",
        "class_name": "ChatOllama",
        "env_key": None  # runs locally, no key
    }
}


def get_llm_instance(provider, model_name, temperature, max_tokens):
    """Create the LangChain chat model for the chosen provider and model."""
    config = PROVIDER_CONFIG[provider]
    if config["env_key"] and not os.getenv(config["env_key"]):
        st.error(f"⚠️ {config['env_key']} not found in environment variables!")
        return None
    try:
        module = __import__(config["import_path"], fromlist=[config["class_name"]])
        llm_class = getattr(module, config["class_name"])
    except ImportError:
        st.error(f"⚠️ Please install: pip install {config['import_path'].replace('_', '-')}")
        return None
    params = {"model": model_name, "temperature": temperature}
    if provider != "Ollama":
        params["max_tokens"] = max_tokens
    return llm_class(**params)


def encode_image_to_base64(image_file):
    if image_file and os.path.exists(image_file):
        with open(image_file, "rb") as f:
            return base64.b64encode(f.read()).decode()
    return None


def apply_main_background(image_file, alpha=0.28):
    encoded = encode_image_to_base64(image_file)
    if encoded:
        st.markdown(f"""<style>.stApp {{ background-image:
            linear-gradient(135deg, rgba(102,126,234,{alpha}) 0%, rgba(118,75,162,{alpha}) 100%),
            url("data:image;base64,{encoded}"); background-size: cover; }}</style>""",
                    unsafe_allow_html=True)


image_dir = "images"
os.makedirs(image_dir, exist_ok=True)
apply_main_background(os.path.join(image_dir, "chatbot_bg.jpg"))

st.title("🤖 Multi-Provider AI Chatbot")

if "chat_history" not in st.session_state:
    st.session_state.chat_history = []
if "selected_provider" not in st.session_state:
    st.session_state.selected_provider = "Groq"

with st.sidebar:
    st.markdown("### ⚙️ Configuration")
    provider = st.selectbox("AI Provider", options=list(PROVIDER_CONFIG.keys()),
                            index=list(PROVIDER_CONFIG.keys()).index(st.session_state.selected_provider))
    model_name = st.selectbox("Model", options=PROVIDER_CONFIG[provider]["models"])
    temperature = st.slider("Temperature", 0.0, 1.0, 0.7)
    max_tokens = st.number_input("Max tokens", 64, 4096, 1024)
    if st.button("🗑️ Clear chat"):
        st.session_state.chat_history = []

for msg in st.session_state.chat_history:
    with st.chat_message(msg["role"]):
        st.markdown(msg["content"])

if prompt := st.chat_input("Type your message..."):
    st.session_state.chat_history.append({"role": "user", "content": prompt, "time": datetime.now().isoformat()})
    llm = get_llm_instance(provider, model_name, temperature, max_tokens)
    if llm is not None:
        with st.chat_message("assistant"):
            answer = st.write_stream(chunk.content for chunk in llm.stream(prompt))
        st.session_state.chat_history.append({"role": "assistant", "content": answer})
