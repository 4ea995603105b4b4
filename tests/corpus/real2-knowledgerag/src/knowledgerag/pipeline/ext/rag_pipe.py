from haystack import Pipeline
from haystack.components.builders import AnswerBuilder
from haystack.components.builders.prompt_builder import PromptBuilder
from haystack.components.embedders import SentenceTransformersTextEmbedder
from haystack.components.generators import HuggingFaceAPIGenerator
from haystack.utils import Secret
from milvus_haystack import MilvusEmbeddingRetriever

from .setup_pipe import EMBED_MODEL_ID, GENERATION_MODEL_ID, HF_TOKEN, QUESTION, TOP_K
from .indexing_pipe import document_store

template = """
    Answer the question from these documents.
    Documents:
    {% for doc in documents %}
        {{ doc.content }}
    {% endfor %}
    Question: {{query}}
    Answer:
    """

rag = Pipeline()
rag.add_component("embedder", SentenceTransformersTextEmbedder(model=EMBED_MODEL_ID))
rag.add_component("retriever", MilvusEmbeddingRetriever(document_store=document_store, top_k=TOP_K))
rag.add_component("prompt_builder", PromptBuilder(template=template))
rag.add_component(
    "llm",
    HuggingFaceAPIGenerator(
        api_type="serverless_inference_api",
        api_params={"model": GENERATION_MODEL_ID},
        token=Secret.from_token(HF_TOKEN) if HF_TOKEN else None,
    ),
)
rag.add_component("answer_builder", AnswerBuilder())
rag.connect("embedder.embedding", "retriever")
rag.connect("retriever", "prompt_builder.documents")
rag.connect("prompt_builder", "llm")
rag.connect("llm.replies", "answer_builder.replies")
rag.connect("retriever", "answer_builder.documents")

result = rag.run(
    {
        "embedder": {"text": QUESTION},
        "prompt_builder": {"query": QUESTION},
        "answer_builder": {"query": QUESTION},
    }
)
