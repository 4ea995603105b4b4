import os

from langchain.chains import RetrievalQA
from langchain.document_loaders import Docx2txtLoader
from langchain.embeddings import HuggingFaceEmbeddings
from langchain.llms import LlamaCpp
from langchain.text_splitter import CharacterTextSplitter
from langchain.vectorstores import FAISS

embedder = HuggingFaceEmbeddings(model_name="sentence-transformers/distiluse-base-multilingual-cased-v2")
splitter = CharacterTextSplitter(chunk_size=500, chunk_overlap=50)


def read_docx_folder(folder):
    docs = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".docx"):
            docs.extend(Docx2txtLoader(os.path.join(folder, name)).load())
    return docs


def build_index(docs):
    return FAISS.from_documents(splitter.split_documents(docs), embedder)


def local_llm():
    return LlamaCpp(
        model_path="models/llama-2-7b-chat.Q4_K_M.gguf",
        n_ctx=2048,
        temperature=0.1,
        top_p=0.95,
        n_threads=8,
        verbose=False,
    )


def qa_chain(index):
    return RetrievalQA.from_chain_type(
        llm=local_llm(),
        chain_type="stuff",
        retriever=index.as_retriever(search_kwargs={"k": 3}),
        verbose=True,
    )
