import os
from pathlib import Path

from fastapi import FastAPI, Request
from langchain.chains import RetrievalQA
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain_community.document_loaders import UnstructuredFileLoader
from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_community.llms import Ollama
from langchain_community.vectorstores import Chroma

api = FastAPI()

STORE_DIR = "/app/chroma"
DOCS = "/app/data"


@api.on_event("startup")
def ingest():
    if not os.path.exists(DOCS):
        raise FileNotFoundError(f"{DOCS} missing in container")
    files = list(Path(DOCS).glob("*.docx"))
    if not files:
        print("no documents, skipping ingest")
        return
    docs = []
    for f in files:
        docs.extend(UnstructuredFileLoader(str(f)).load())
    pieces = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=100).split_documents(docs)
    emb = HuggingFaceEmbeddings(model_name="sentence-transformers/all-MiniLM-L6-v2")
    Chroma.from_documents(pieces, emb, persist_directory=STORE_DIR)


@api.post("/rag")
async def ask(req: Request):
    body = await req.json()
    emb = HuggingFaceEmbeddings(model_name="sentence-transformers/all-MiniLM-L6-v2")
    store = Chroma(persist_directory=STORE_DIR, embedding_function=emb)
    llm = Ollama(model="deepseek-r1:1.5b", base_url="http://ollama:11434")
    qa = RetrievalQA.from_chain_type(llm=llm, retriever=store.as_retriever())
    return {"answer": qa.invoke({"query": body["question"]})}
