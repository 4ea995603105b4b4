DATASET_PATH="./dataset/tourism_nepaltreking_clean.json"
VECTORESTORE_PATH="vectorstore/chroma_db"
EMBEDDING_MODEL="sentence-transformers/all-mpnet-base-v2"
CHUNK_SIZE=1000
CHUNK_OVERLAP=200
LLM_MODEL="gemini-2.5-flash"