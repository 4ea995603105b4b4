import os

ollama_base_url = str(os.getenv("OLLAMA_BASE_URL"))

embedding_model = "BAAI/bge-small-en-v1.5"

llm_model = "llama3.1"
