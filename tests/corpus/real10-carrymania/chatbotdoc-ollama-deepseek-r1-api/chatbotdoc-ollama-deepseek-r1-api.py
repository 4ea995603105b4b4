# Q&A over the PDFs in /app/data, answered in Spanish
import os

from fastapi import FastAPI
from langchain.chains import RetrievalQA
from langchain.chains.combine_documents.stuff import StuffDocumentsChain
from langchain.chains.llm import LLMChain
from langchain.prompts import PromptTemplate
from langchain_community.document_loaders import PDFPlumberLoader
from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_community.llms import Ollama
from langchain_community.vectorstores import FAISS
from langchain_experimental.text_splitter import SemanticChunker
from pydantic import BaseModel

app = FastAPI()
PDF_DIR = "/app/data"


class Question(BaseModel):
    question: str


def build():
    pages = []
    for name in os.listdir(PDF_DIR):
        if name.endswith(".pdf"):
            pages.extend(PDFPlumberLoader(os.path.join(PDF_DIR, name)).load())
    chunks = SemanticChunker(HuggingFaceEmbeddings()).split_documents(pages)
    store = FAISS.from_documents(chunks, HuggingFaceEmbeddings())
    retriever = store.as_retriever(search_type="similarity", search_kwargs={"k": 3})
    return retriever, Ollama(model="deepseek-r1")


retriever, llm = build()

TEMPLATE = """
0. Answer in Spanish.
1. Use the context to answer the question at the end.
2. If you don't know, say so.
Context: {context}
Question: {question}
Helpful Answer:"""


@app.post("/ask")
def ask(req: Question):
    chain = LLMChain(llm=llm, prompt=PromptTemplate.from_template(TEMPLATE))
    doc_prompt = PromptTemplate(
        input_variables=["page_content", "source"],
        template="Context:\ncontent:{page_content}\nsource:{source}",
    )
    combine = StuffDocumentsChain(llm_chain=chain, document_variable_name="context", document_prompt=doc_prompt)
    qa = RetrievalQA(combine_documents_chain=combine, retriever=retriever, return_source_documents=True)
    return {"response": qa(req.question)["result"]}
