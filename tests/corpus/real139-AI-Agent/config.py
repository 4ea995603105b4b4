RERANK_MODEL_NAME = 'BAAI/bge-reranker-v2-m3' # Huggingface model name for reranker
EMBED_MODEL_ID = "amazon.titan-embed-text-v1"  # Bedrock embedding model ID
LLM_MODEL_ID = 'anthropic.claude-3-5-sonnet-20240620-v1:0'  # Bedrock LLM model ID
