import os

from dotenv import load_dotenv
from llama_index.core import StorageContext, load_index_from_storage
from llama_index.embeddings.huggingface import HuggingFaceEmbedding
from llama_index.llms.huggingface_api import HuggingFaceInferenceAPI


def build_engine():
    load_dotenv()

    embedder = HuggingFaceEmbedding(model_name="BAAI/bge-small-en-v1.5")
    ctx = StorageContext.from_defaults(persist_dir="rag_index")
    index = load_index_from_storage(ctx, embed_model=embedder)

    remote_llm = HuggingFaceInferenceAPI(
        model_name="HuggingFaceH4/zephyr-7b-alpha",
        token=os.getenv("HF_API"),
    )
    return index.as_query_engine(llm=remote_llm)


query_engine = build_engine()
