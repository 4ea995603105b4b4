# -*- coding: utf-8 -*-
"""
Hour 3: Building the Complete RAG Pipeline Demo
================================================

LEARNING RESOURCES:
- RAG Paper (Lewis et al.): https://arxiv.org/abs/2005.11401
- LangChain Documentation: https://python.langchain.com/docs/get_started/introduction
- Chroma Vector DB: https://docs.trychroma.com/
"""

import json
import os

from dotenv import load_dotenv
from langchain_community.vectorstores import Chroma
from langchain_core.documents import Document
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnablePassthrough
from langchain_openai import ChatOpenAI, OpenAIEmbeddings

load_dotenv()

with open('../../data/synthetic_tickets.json', 'r') as f:
    tickets = json.load(f)

documents = []
for ticket in tickets:
    content = f"Ticket ID: {ticket['ticket_id']}\nTitle: {ticket['title']}\n\n{ticket['description']}"
    documents.append(Document(page_content=content, metadata={'ticket_id': ticket['ticket_id'], 'title': ticket['title'],
                                                              'source': f"Ticket {ticket['ticket_id']}"}))

# Reference: https://platform.openai.com/docs/guides/embeddings
print("\nInitializing OpenAI embedding model...")
embeddings = OpenAIEmbeddings(
    model=os.getenv('OPENAI_EMBEDDING_MODEL', 'text-embedding-3-small')
)

vector_store = Chroma.from_documents(
    documents=documents,
    embedding=embeddings,
    collection_name="supportdesk_rag",
    persist_directory="./rag_vectorstore"
)
retriever = vector_store.as_retriever(search_type="similarity", search_kwargs={"k": 3})

prompt_template = """You are SupportDesk AI, a technical support assistant.
Answer ONLY using information from the provided context and cite the ticket ID.

Context from support tickets:
{context}

Question: {question}

Helpful Answer (with ticket citations):"""
PROMPT = ChatPromptTemplate.from_template(prompt_template)

if os.getenv("OPENAI_API_KEY"):
    llm = ChatOpenAI(
        model=os.getenv('OPENAI_CHAT_MODEL', 'gpt-4o-mini'),
        temperature=0,
        timeout=120,
        max_retries=3,
    )
    print(f"✓ Using {os.getenv('OPENAI_CHAT_MODEL', 'gpt-4o-mini')}")
else:
    print("⚠ OpenAI API key not found!")
    print("  Please set OPENAI_API_KEY environment variable")
    print("  Or use Ollama: ollama pull llama2")
    llm = None


def format_docs(docs):
    return "\n\n---\n\n".join([doc.page_content for doc in docs])


qa_chain = ({"context": retriever | format_docs, "question": RunnablePassthrough()} | PROMPT | llm | StrOutputParser()) if llm else None

for query in ["How do I fix authentication failures after password reset?", "How do I make the perfect pizza?"]:
    docs = retriever.invoke(query)
    if qa_chain:
        print(qa_chain.invoke(query))
    for i, doc in enumerate(docs, 1):
        print(f"{i}. {doc.metadata['source']}")
