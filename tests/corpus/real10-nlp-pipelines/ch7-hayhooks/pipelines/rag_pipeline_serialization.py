import os

from dotenv import load_dotenv
from haystack import Pipeline
from haystack.components.builders import PromptBuilder
from haystack.components.embedders import OpenAITextEmbedder
from haystack.components.generators import OpenAIGenerator
from haystack.components.joiners import DocumentJoiner
from haystack.components.rankers import SentenceTransformersSimilarityRanker
from haystack.utils import Secret
from haystack_integrations.components.retrievers.elasticsearch import (
    ElasticsearchBM25Retriever,
    ElasticsearchEmbeddingRetriever,
)
from haystack_integrations.document_stores.elasticsearch import ElasticsearchDocumentStore

load_dotenv()

store = ElasticsearchDocumentStore(
    hosts=os.getenv("ELASTICSEARCH_HOST", "http://localhost:9200"),
    index="small_embeddings",
)

TEMPLATE = """
Answer the question from the documents below. If they do not contain the answer, say so.

Context:
{% for doc in documents %}
    {{ doc.content }}
{% endfor %}

Question: {{question}}
Answer:
"""

rag = Pipeline()
rag.add_component("text_embedder", OpenAITextEmbedder(
    api_key=Secret.from_env_var("OPENAI_API_KEY"),
    model="text-embedding-3-small",
))
rag.add_component("embedding_retriever", ElasticsearchEmbeddingRetriever(document_store=store, top_k=3))
rag.add_component("bm25_retriever", ElasticsearchBM25Retriever(document_store=store, top_k=3))
rag.add_component("document_joiner", DocumentJoiner())
rag.add_component("ranker", SentenceTransformersSimilarityRanker(
    model="BAAI/bge-reranker-base",
    top_k=3,
))
rag.add_component("prompt_builder", PromptBuilder(template=TEMPLATE, required_variables=["documents", "question"]))
rag.add_component("llm", OpenAIGenerator(
    api_key=Secret.from_env_var("OPENAI_API_KEY"),
    model="gpt-4o-mini",
))

rag.connect("text_embedder.embedding", "embedding_retriever.query_embedding")
rag.connect("embedding_retriever.documents", "document_joiner.documents")
rag.connect("bm25_retriever.documents", "document_joiner.documents")
rag.connect("document_joiner.documents", "ranker.documents")
rag.connect("ranker.documents", "prompt_builder.documents")
rag.connect("prompt_builder.prompt", "llm.prompt")

with open("./pipelines/hybrid_rag/rag.yml", "w") as fh:
    rag.dump(fh)
