import os

OLLAMA_URL = "http://localhost:11434"

OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")

OPENAI_MODEL = "gpt-4o-mini"

EMBED_MODEL = "nomic-embed-text"

LLM_MODEL = "llama3"
