from camel.embeddings import SentenceTransformerEncoder, OpenAICompatibleEmbedding
from camel.storages.vectordb_storages import QdrantStorage
from dotenv import load_dotenv
import os

load_dotenv()

embedding = OpenAICompatibleEmbedding(
    model_type="text-embedding-v3",
    url='https://dashscope.aliyuncs.com/compatible-mode/v1',
    api_key=os.getenv("QWEN_API_KEY"),
)

# 使用 OpenAICompatibleEmbedding 时需要先调用 embed_list 来确定输出维度
embeddings = embedding.embed_list(["测试文本"])
print(len(embeddings[0]))
