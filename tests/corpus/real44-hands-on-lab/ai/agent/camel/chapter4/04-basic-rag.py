import os

import requests

os.makedirs('local_data', exist_ok=True)

url = "https://arxiv.org/pdf/2303.17760.pdf"
response = requests.get(url)
with open('local_data/camel_paper.pdf', 'wb') as file:
    file.write(response.content)

from camel.embeddings import SentenceTransformerEncoder
from camel.retrievers import VectorRetriever
from camel.storages.vectordb_storages import QdrantStorage

embedding_model = SentenceTransformerEncoder(model_name='intfloat/e5-large-v2')

# 创建并初始化一个向量数据库 (以 QdrantStorage 为例)
vector_storage = QdrantStorage(
    vector_dim=embedding_model.get_output_dim(),
    collection="demo_collection",
    path="storage_customized_run",
    collection_name="论文",
)
vr = VectorRetriever(embedding_model=embedding_model, storage=vector_storage)
# 将文件读取、切块、嵌入并储存在向量数据库中
vr.process(content="local_data/camel_paper.pdf")

results = vr.query(query="CAMEL是什么", top_k=1)
print(results)
# [{'similarity score': '0.8193795757674041', 'content path': 'local_data/camel_paper.pdf',
#   'metadata': {'filetype': 'application/pdf', 'languages': ['eng'], 'page_number': 1}, ...}]

print(vr.query(query="Compared with dumpling and rice, which should I take for dinner?",
               top_k=1, similarity_threshold=0.8))
