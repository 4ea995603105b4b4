import urllib.request

from dotenv import load_dotenv
from haystack import Pipeline
from haystack.components.builders import ChatPromptBuilder
from haystack.components.converters import TextFileToDocument
from haystack.components.embedders import OpenAIDocumentEmbedder, OpenAITextEmbedder
from haystack.components.generators.chat import OpenAIChatGenerator
from haystack.components.preprocessors import DocumentCleaner, DocumentSplitter
from haystack.components.retrievers import InMemoryEmbeddingRetriever
from haystack.components.writers import DocumentWriter
from haystack.dataclasses import ChatMessage
from haystack.document_stores.in_memory import InMemoryDocumentStore

load_dotenv()

SOURCE_URL = "https://archive.org/stream/leonardodavinci00brocrich/leonardodavinci00brocrich_djvu.txt"
urllib.request.urlretrieve(SOURCE_URL, "davinci.txt")

store = InMemoryDocumentStore()

indexing = Pipeline()
indexing.add_component("converter", TextFileToDocument())
indexing.add_component("cleaner", DocumentCleaner())
indexing.add_component("splitter", DocumentSplitter())
indexing.add_component("embedder", OpenAIDocumentEmbedder())
indexing.add_component("writer", DocumentWriter(store))
indexing.connect("converter.documents", "cleaner.documents")
indexing.connect("cleaner.documents", "splitter.documents")
indexing.connect("splitter.documents", "embedder.documents")
indexing.connect("embedder.documents", "writer.documents")
indexing.run(data={"sources": ["davinci.txt"]})

template = [
    ChatMessage.from_user(
        """
        Answer the question from these documents.
        {% for doc in documents %}
            {{ doc.content }}
        {% endfor %}
        Question: {{query}}
        Answer:
        """
    )
]

rag = Pipeline()
rag.add_component("text_embedder", OpenAITextEmbedder())
rag.add_component("retriever", InMemoryEmbeddingRetriever(store))
rag.add_component("prompt_builder", ChatPromptBuilder(template=template))
rag.add_component("llm", OpenAIChatGenerator())
rag.connect("text_embedder.embedding", "retriever.query_embedding")
rag.connect("retriever.documents", "prompt_builder.documents")
rag.connect("prompt_builder", "llm")

question = "How old was Leonardo when he died?"
out = rag.run(data={"prompt_builder": {"query": question}, "text_embedder": {"text": question}})
print(out["llm"]["replies"][0].text)
