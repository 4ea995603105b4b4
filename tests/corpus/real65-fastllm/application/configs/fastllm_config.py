"""embeddings和reranker模型配置"""
EMBEDDINGS_ENABLED = True
EMBEDDINGS_MODEL_NAME = "bge-large-zh-v1.5"
EMBEDDINGS_MODEL_PATH = r"E:\WorkSpace\LLMWorkSpace\Models\Embedding\bge-large-zh-v1.5"
RERANKER_ENABLED = True
RERANKER_MODEL_NAME = "bge-reranker-base"
RERANKER_MODEL_PATH = r"E:\WorkSpace\LLMWorkSpace\Models\reranker\bge-reranker-base"
