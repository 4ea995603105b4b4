model = "llama3.1:8b"  # need install by yourself # https://ollama.com/library/llama3.1
api_base = "http://127.0.0.1:11434"

LLM_MODEL = f"ollama_chat/{model}"
LLM_API = api_base
