import streamlit as st
import streamlit.components.v1 as components
import google.generativeai as genai
from PyPDF2 import PdfReader
from gtts import gTTS
import os
import base64
import re
import tempfile
import os
from dotenv import load_dotenv

load_dotenv()
# -----------------------------
# Configure Gemini API
# -----------------------------
api_key = os.getenv("API_KEY")
genai.configure(api_key)
model = genai.GenerativeModel("models/gemini-2.5-flash")

# -----------------------------
# Streamlit Config
# -----------------------------
st.set_page_config(page_title="AI-Powered Study Buddy", page_icon="📚", layout="wide")
