# config.py - Ollama set-up for CrewAI
from crewai import LLM
import os

# make sure no cloud API is used
os.environ.pop("OPENAI_API_KEY", None)
os.environ.pop("GEMINI_API_KEY", None)

# local LLM through Ollama
llm = LLM(
    model="ollama/mistral:latest",
    base_url="http://localhost:11434",
    temperature=0.1
)

print("Ollama LLM configured: mistral:latest")
