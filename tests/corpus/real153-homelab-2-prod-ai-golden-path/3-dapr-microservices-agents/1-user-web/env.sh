export OPENAI_API_KEY="sk-YOUR_OPENAI_API_KEY_HERE"
export OLLAMA_HOST="localhost" # or the IP/hostname of your Ollama box
export OLLAMA_MODEL="llama2"
export OLLAMA_EMBEDDING_MODEL="nomic-embed-text" # any embedding model you pulled into Ollama

# RAG DB settings:
export DB_NAME="your_rag_db"
export DB_USER="your_db_user"
export DB_PASSWORD="your_db_password"
export DB_HOST="localhost"
export DB_PORT="5432"
