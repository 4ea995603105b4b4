from typing import Dict, List

from camel.embeddings import SentenceTransformerEncoder
from camel.retrievers import BM25Retriever, VectorRetriever
from camel.storages.vectordb_storages import QdrantStorage


def rrf(vector_results: List[Dict], text_results: List[Dict], k: int = 10, m: int = 60):
    """用 RRF 算法融合两组检索结果，返回前 k 个 (文档内容, 融合分数)。"""
    doc_scores = {}
    for results in (vector_results, text_results):
        for rank, result in enumerate(results):
            text = result['text']
            doc_scores[text] = doc_scores.get(text, 0) + 1 / (rank + m)
    return sorted(doc_scores.items(), key=lambda x: x[1], reverse=True)[:k]


# 初始化检索器
embedding_model = SentenceTransformerEncoder(model_name='intfloat/e5-large-v2')
vector_storage = QdrantStorage(
    vector_dim=embedding_model.get_output_dim(),
    collection="demo_collection",
    path="storage_customized_run",
    collection_name="paper",
)

vr = VectorRetriever(embedding_model=embedding_model, storage=vector_storage)
bm25r = BM25Retriever()

content_path = "local_data/camel_paper.pdf"
vr.process(content=content_path)
bm25r.process(content_input_path=content_path)

query = "CAMEL是什么"
print(rrf(vr.query(query=query, top_k=10), bm25r.query(query=query, top_k=10)))
