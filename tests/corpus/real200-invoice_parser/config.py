# Configuration settings for the invoice parser

# Ollama API configurations
OLLAMA_URL = "https://ollama.congzhoumachinery.com"
OLLAMA_MODEL = "granite:3.2"

# UI configurations
APP_NAME = "Invoice Parser"
APP_VERSION = "1.0.0"
APP_COLOR = "blue"
