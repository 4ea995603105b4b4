from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.core.embeddings import resolve_embed_model
from llama_index.llms.ollama import Ollama

docs = SimpleDirectoryReader("data-pdf").load_data()

# bge embeddings, downloaded locally
Settings.embed_model = resolve_embed_model("local:BAAI/bge-small-en-v1.5")

# chat model served by ollama
Settings.llm = Ollama(model="llama2:13b", request_timeout=240.0)

engine = VectorStoreIndex.from_documents(docs).as_query_engine()
print(engine.query("Which page of the guide covers flatwater boating?"))
