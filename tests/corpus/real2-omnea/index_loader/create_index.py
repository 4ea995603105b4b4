import psycopg2
from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
from llama_index.vector_stores.postgres import PGVectorStore
from sqlalchemy import make_url

from configs import llm_config  # noqa: F401  (sets the LLM and embedding model)

docs = SimpleDirectoryReader('documents', recursive=True,).load_data()

db_name = "RAGDatabase"
conn = psycopg2.connect("dbname='RAGDatabase' user='postgres' host='localhost' password='password'")
cur = conn.cursor()
cur.execute('DROP TABLE IF EXISTS data_index;')
conn.commit()
conn.close()

url = make_url("RAGDatabase://postgres:password@localhost:5432")
vector_store = PGVectorStore.from_params(
    database=db_name,
    host=url.host,
    password=url.password,
    port=url.port,
    user=url.username,
    table_name="index",
    embed_dim=1024,
    hnsw_kwargs={"hnsw_m": 16, "hnsw_ef_construction": 64, "hnsw_ef_search": 40, "hnsw_dist_method": "vector_cosine_ops"},
)

index = VectorStoreIndex.from_documents(
    docs, storage_context=StorageContext.from_defaults(vector_store=vector_store), show_progress=True
)
