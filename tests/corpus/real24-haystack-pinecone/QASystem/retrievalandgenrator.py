import os

from dotenv import load_dotenv
from haystack import Pipeline
from haystack.components.builders import PromptBuilder
from haystack.components.embedders import SentenceTransformersTextEmbedder
from haystack.components.generators import HuggingFaceTGIGenerator
from haystack.utils import Secret
from haystack_integrations.components.retrievers.pinecone import PineconeEmbeddingRetriever

from QASystem.utility import pinecone_config

load_dotenv()

HF_TOKEN = os.getenv("HF_TOKEN")

prompt_template = """Answer the query using the context below. If the context does not contain
the answer, reply with 'I don't know'.
Query: {{query}}
Documents:
{% for doc in documents %}
  {{ doc.content }}
{% endfor %}
Answer:
"""


def get_result(query):
    query_pipeline = Pipeline()
    query_pipeline.add_component("text_embedder", SentenceTransformersTextEmbedder())
    query_pipeline.add_component("retriever", PineconeEmbeddingRetriever(document_store=pinecone_config()))
    query_pipeline.add_component("prompt_builder", PromptBuilder(template=prompt_template))
    query_pipeline.add_component("llm", HuggingFaceTGIGenerator(model="mistralai/Mistral-7B-v0.1", token=Secret.from_token(HF_TOKEN)))

    query_pipeline.connect("text_embedder.embedding", "retriever.query_embedding")
    query_pipeline.connect("retriever.documents", "prompt_builder.documents")
    query_pipeline.connect("prompt_builder", "llm")

    results = query_pipeline.run({"text_embedder": {"text": query}, "prompt_builder": {"query": query}})
    return results["llm"]["replies"][0]


if __name__ == "__main__":
    print(get_result("what is rag?"))
