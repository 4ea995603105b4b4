from langchain_community.document_loaders import PyMuPDFLoader
import os
from langchain_text_splitters import RecursiveCharacterTextSplitter
from langchain_ollama import OllamaEmbeddings, ChatOllama
from func import create_vector_database

from langchain_core.runnables import RunnablePassthrough
from langchain.retrievers.multi_query import MultiQueryRetriever
from langchain.prompts import ChatPromptTemplate, PromptTemplate
from langchain_core.output_parsers import StrOutputParser

from dotenv import load_dotenv
import time

t0 = time.time()

# pick up langsmith settings from .env
load_dotenv()


doc_path = ".\data\India-Metro-Systems-Report.pdf"

# local chat model served by ollama
model = "deepseek-r1:1.5b"

if doc_path:
    loader = PyMuPDFLoader(file_path=doc_path)
    documents = loader.load()
    print(f"{len(documents)} pages read from {doc_path}")

print(documents[10])

# break the report into overlapping pieces
text_splitter = RecursiveCharacterTextSplitter(
    chunk_size = 1200,
    chunk_overlap = 200
)

chunks = text_splitter.split_documents(documents)
print(f"{len(chunks)} chunks produced")

# embed the chunks into a vector store
embedding_model = OllamaEmbeddings(model="nomic-embed-text")

vector_db = create_vector_database(chunks, embedding_model, name="vector-db")
print("vector store ready")


query = "How many metro stations are there in India?"

# chat model
model = "deepseek-r1:1.5b"
llm = ChatOllama(model=model)

query_prompt = PromptTemplate(
    input_variables = ['question'],
    template="""Rewrite the user question below in five different ways so that a
    similarity search over a vector database finds more of the relevant passages.
    Put one rewrite per line.
    Original question: {question}""",
)

retriever = MultiQueryRetriever.from_llm(
    retriever = vector_db.as_retriever(),
    llm = llm,
    prompt = query_prompt
)

template = """Use only this context to answer:
{context}
Question: {question}
"""
prompt = ChatPromptTemplate.from_template(template)

chain = (
    {"context": retriever, "question": RunnablePassthrough()}
    | prompt
    | llm
    | StrOutputParser()
)

print(chain.invoke(query))

print(f"done in {time.time() - t0:.2f} s")
