"""Thin wrapper that builds the chat client used by every agent."""
import os

from dotenv import load_dotenv
from langchain_groq import ChatGroq

load_dotenv()

FALLBACK_MODEL = "openai/gpt-oss-20b"
FALLBACK_TEMP = 0.3


def build_chat_client():
    key = os.getenv("GROQ_API_KEY")
    if not key:
        raise RuntimeError("GROQ_API_KEY is missing: put it in .env or in the Streamlit secrets.")

    return ChatGroq(
        model=os.getenv("GROQ_MODEL", FALLBACK_MODEL),
        temperature=float(os.getenv("GROQ_TEMPERATURE", str(FALLBACK_TEMP))),
        groq_api_key=key,
    )


def clear_cache():
    return None
