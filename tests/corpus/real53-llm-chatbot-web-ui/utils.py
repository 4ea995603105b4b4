import ollama
from langchain.prompts import ChatPromptTemplate
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain_chroma import Chroma
from langchain_community.document_loaders import PyPDFLoader
from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import RunnablePassthrough
from langchain_huggingface.embeddings import HuggingFaceEmbeddings
from langchain_openai import ChatOpenAI


# List all locally pulled LLM models
def list_model():
    return [m['model'] for m in ollama.list()['models']]


# Loads embedding model from HuggingFace
def load_embeddings(embedding_model):
    return HuggingFaceEmbeddings(model_name=embedding_model)


def load_pdf(files):
    docs = []
    for file in files:
        docs.extend(PyPDFLoader(file).load())
    return docs


def split_text(docs, chunksize, chunk_overlap):
    splitter = RecursiveCharacterTextSplitter.from_tiktoken_encoder(chunk_size=chunksize, chunk_overlap=chunk_overlap)
    chunks = splitter.split_documents(docs)
    return chunks, [f"{i}" for i in range(len(chunks))]


def load_chroma_db(collection_name, embedding_function, persistent_directory):
    return Chroma(
        collection_name=collection_name,
        embedding_function=embedding_function,
        persist_directory=f"./db/{persistent_directory}",
    )


def results_to_json(results):
    return [{"page_content": r.page_content, "metadata": r.metadata} for r in results]


def create_prompt(template):
    return ChatPromptTemplate.from_template(template)


# Ollama exposes an OpenAI-compatible endpoint
def load_llm(model, endpoint, temp, max_tokens, top_p):
    return ChatOpenAI(model=model, base_url=endpoint, api_key="ollama",
                      temperature=temp, max_tokens=max_tokens, top_p=top_p)


def generate_response(user_message, llm):
    return llm.invoke(user_message).content


def generate_rag_response(retriever, prompt, llm, question):
    chain = {"context": retriever, "question": RunnablePassthrough()} | prompt | llm | StrOutputParser()
    return chain.invoke(question)
