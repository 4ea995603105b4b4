# logging
import logging
import sys
import os

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
logging.getLogger().addHandler(logging.StreamHandler(stream=sys.stdout))

import nest_asyncio
nest_asyncio.apply()

from llama_index.core import SimpleDirectoryReader
from llama_index.core.node_parser import SentenceSplitter
from llama_index.core import Settings
from llama_index.core import StorageContext, VectorStoreIndex
from llama_index.embeddings.huggingface import HuggingFaceEmbedding
from llama_index.vector_stores.chroma import ChromaVectorStore
import chromadb
import fire

def main(local_db_dir, collection_name):
    # embedding model
    embed_model = HuggingFaceEmbedding(model_name="models/bge-small-en-v1.5", device="cuda")

    Settings.embed_model = embed_model
    Settings.llm = None

    documents = SimpleDirectoryReader(
        input_dir="./data",
        filename_as_id=True,
    ).load_data()
    print(f"{len(documents)} documents read")

    splitter = SentenceSplitter(
        chunk_size=1024,
        chunk_overlap=200
    )
    nodes = splitter.get_nodes_from_documents(documents)
    print(f"{len(documents)} documents -> {len(nodes)} nodes")

    # on-disk chroma
    chroma_client = chromadb.PersistentClient(path="./chroma_db")
    vector_collection = chroma_client.get_or_create_collection(collection_name)
    print(vector_collection, vector_collection.count())

    vector_store = ChromaVectorStore(
        chroma_collection=vector_collection,
        persist_dir=local_db_dir
    )
    vector_storage_context = StorageContext.from_defaults(vector_store=vector_store)

    vector_index = VectorStoreIndex(
        nodes,
        storage_context=vector_storage_context,
        show_progress=True
    )
    vector_index.storage_context.persist(local_db_dir)

if __name__ == "__main__":
    fire.Fire(main)
