LLM_MODEL = "llama3.3"
EMBEDDING_MODEL = "nomic-embed-text"
ETHERSCAN_OFFSET = 500
VECTORSTORE_DIR = "etherscan_rag_chroma"
