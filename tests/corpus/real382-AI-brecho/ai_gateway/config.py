OLLAMA_URL = "http://localhost:11434/api/generate"
GEMMA_MODEL = "gemma3:4b"  # Gemma 3:4b model
CHROMA_PATH = "./vectordb"
EMBED_MODEL = "ViT-B-32"  # OpenCLIP backbone
DEVICE = "cpu"            # 'cuda' if available
