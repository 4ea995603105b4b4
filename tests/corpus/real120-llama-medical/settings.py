
#ChromaDB Vectore store
COLLECTION_NAME = "medical_guidance"
HOST = "localhost"
PORT = 8000

# Local LLM model
EMBEDDING_MODEL = "nomic-embed-text"
MODEL = "gemma:2b"

# Markdown contents
DIRECTORY_PATH = "medical_reference"
MARKDOWN_PATTERN = "*.md"