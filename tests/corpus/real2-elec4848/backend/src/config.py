'''
src/config.py: settings for the backend.
'''

# Ollama host
OLLAMA_HOST = "http://localhost:11434"
# chat model
DEFAULT_MODEL = "hf.co/unsloth/gemma-3-270m-it-GGUF:Q8_0"
# embeddings
EMBEDDING_MODEL = "mxbai-embed-large"
