import shutil

from chromadb.errors import InternalError
from langchain_community.vectorstores import Chroma
from langchain_huggingface import HuggingFaceEmbeddings

from .chroma_utils import get_persist_dir  # noqa: F401


def embed_and_store_with_chroma(chunks, model_name, persist_directory):
    texts = [c["content"] for c in chunks]
    ids = [c["id"] for c in chunks]

    def build():
        return Chroma.from_texts(
            texts=texts,
            ids=ids,
            metadatas=[{"id": i} for i in ids],
            embedding=HuggingFaceEmbeddings(model_name=model_name),
            persist_directory=persist_directory,
        )

    try:
        return build()
    except InternalError as exc:
        if "readonly database" not in str(exc).lower():
            raise
        print("read-only DB, resetting Chroma ...")
        shutil.rmtree(persist_directory, ignore_errors=True)
        return build()
