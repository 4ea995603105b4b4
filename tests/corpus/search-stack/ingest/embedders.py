from fastembed import SparseTextEmbedding, TextEmbedding
from pymilvus import model as milvus_model
from qdrant_client import QdrantClient, models

DENSE = TextEmbedding(model_name="BAAI/bge-small-en-v1.5")
SPARSE = SparseTextEmbedding(model_name="prithivida/Splade_PP_en_v1")
LATE = "colbert-ir/colbertv2.0"

st_fn = milvus_model.dense.SentenceTransformerEmbeddingFunction(model_name='all-MiniLM-L6-v2', device='cpu')
bge_fn = milvus_model.hybrid.BGEM3EmbeddingFunction(model_name="BAAI/bge-m3", use_fp16=False)

client = QdrantClient(url="http://qdrant:6333")
client.set_model("sentence-transformers/all-MiniLM-L6-v2")
client.set_sparse_model("Qdrant/bm25")
client.create_collection(
    "docs",
    vectors_config={"dense": models.VectorParams(size=384, distance=models.Distance.COSINE)},
    sparse_vectors_config={"bm25": models.SparseVectorParams(modifier=models.Modifier.IDF)},
)
