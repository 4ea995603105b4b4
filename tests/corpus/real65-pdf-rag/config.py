# EMBEDDING_MODEL = 'text-embedding-ada-002' # openai model
EMBEDDING_MODEL = 'llama3.2:3b'  # ollama model
PG_COLLECTION_NAME = 'pdf_rag'
POSTGRES_URL = 'postgresql://postgres:password@localhost:5432/postgres'
