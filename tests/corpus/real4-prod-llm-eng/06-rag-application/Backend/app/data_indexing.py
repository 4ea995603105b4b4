import os
import uuid
from pathlib import Path

import chromadb
from clients import openai_client
from pinecone import ServerlessSpec
from pinecone.grpc import PineconeGRPC as Pinecone
from pydantic import BaseModel

here = Path(__file__).resolve().parent


class CodeDoc(BaseModel):
    content: str
    source: str


class DataIndexer:

    sources_path = os.path.join(here, 'sources.txt')

    def __init__(self, index_name='langchain-repo') -> None:
        # self.embedder = InferenceClient(
        #     "dunzhang/stella_en_1.5B_v5",
        # )
        self.embedder = openai_client
        self.index_name = index_name
        self.pc = Pinecone(api_key=os.environ.get('PINECONE_API_KEY'))
        if index_name not in self.pc.list_indexes().names():
            dim = len(self.embedder.embeddings.create("probe").data[0].embedding)
            self.pc.create_index(name=index_name, dimension=dim,
                                 spec=ServerlessSpec(cloud="aws", region="us-east-1"))
        self.index = self.pc.Index(index_name)
        self.source_index = self._source_index()

    def _source_index(self):
        coll = chromadb.PersistentClient().get_or_create_collection(name=self.index_name)
        if coll.count() or not os.path.isfile(self.sources_path):
            return coll
        with open(self.sources_path) as fh:
            sources = sorted({line.strip() for line in fh if line.strip()})
        for i in range(0, len(sources), 1000):
            chunk = sources[i:i + 1000]
            resp = openai_client.embeddings.create(
                input=chunk,
                model="text-embedding-3-small"
            )
            coll.add(documents=chunk, embeddings=[r.embedding for r in resp.data], ids=chunk)
        return coll

    def embed(self, docs: list[CodeDoc]) -> list[list[float]]:
        resp = self.embedder.embeddings.create(
            input=[d.content for d in docs],
            model="text-embedding-3-small"
        )
        return [r.embedding for r in resp.data]

    def index_docs(self, docs: list[CodeDoc], batch_size: int = 32):
        for i in range(0, len(docs), batch_size):
            part = docs[i:i + batch_size]
            vectors = [
                {'id': str(uuid.uuid4()), 'values': v, 'metadata': d.model_dump()}
                for d, v in zip(part, self.embed(part))
            ]
            self.index.upsert(vectors=vectors, namespace='langchain_repo')

    def search(self, query, top_k=5, hybrid=False) -> list[CodeDoc]:
        vec = self.embedder.embeddings.create(input=query, model="text-embedding-3-small").data[0].embedding
        flt = None
        if hybrid and self.source_index:
            hits = self.source_index.query(query_embeddings=[vec], n_results=50, include=["documents"])
            flt = {"source": {"$in": hits["documents"][0]}}
        res = self.index.query(vector=vec, top_k=top_k, namespace='langchain_repo',
                               include_metadata=True, filter=flt)
        return [CodeDoc.model_validate(m["metadata"]) for m in res["matches"]]


if __name__ == '__main__':
    from langchain_community.document_loaders import GitLoader

    loader = GitLoader(
        clone_url="https://github.com/langchain-ai/langchain",
        repo_path="./code_data/langchain_repo/",
        branch="master",
    )
    raw = [d for d in loader.load() if d.metadata['file_type'] in ['.py', '.md']]
    DataIndexer().index_docs([CodeDoc(content=d.page_content, source=d.metadata['source']) for d in raw])
