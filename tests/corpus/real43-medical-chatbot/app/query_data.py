from typing import List

import httpx
from langchain.prompts import ChatPromptTemplate
from langchain.vectorstores.chroma import Chroma

from .get_embedding_function import get_embedding_function
from .schemas import ChatMessage

CHROMA_PATH = "app/chroma"
#Testing Retriever
#CHROMA_PATH = "chroma"
PROMPT_TEMPLATE = """
Below are the relevant context documents that may assist in answering the user's question:

{context}

---

Based on the above context, answer the following question directly:

{question}
"""


async def query_rag(chatmessages: List[ChatMessage]):
    db = Chroma(persist_directory=CHROMA_PATH, embedding_function=get_embedding_function())
    query_text = chatmessages[-1].content
    results = db.similarity_search_with_score(query_text, k=3)
    context_text = "\n\n---\n\n".join([doc.page_content for doc, _score in results])
    prompt = ChatPromptTemplate.from_template(PROMPT_TEMPLATE).format(context=context_text, question=query_text)
    chatmessages[-1].content = prompt
    #local
    #url = "http://localhost:11434/api/chat"
    #docker
    url = "http://host.docker.internal:11434/api/chat"
    payload = {"messages": [msg.model_dump() for msg in chatmessages], "model":"llama3.2:1b-instruct-q6_K", "stream": False}

    async with httpx.AsyncClient() as client:
        response = await client.post(url, json=payload, timeout=3600)
        response_text = response.json()

    sources = [doc.metadata.get("id", None) for doc, _score in results]
    print(f"Response: {response_text}\nSources: {sources}")
    return response_text


def query_retriever(chatmessages: List[ChatMessage]):
    db = Chroma(persist_directory=CHROMA_PATH, embedding_function=get_embedding_function())
    results = db.similarity_search_with_score(chatmessages[-1].content, k=3)
    return [doc.metadata.get("id", None) for doc, _score in results]
