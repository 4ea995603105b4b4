import json
import os
from typing import List

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from langchain.chains import RetrievalQA
from langchain.prompts import PromptTemplate
from langchain_chroma import Chroma
from langchain_community.embeddings.sentence_transformer import (
    SentenceTransformerEmbeddings,
)
from langchain_huggingface import HuggingFaceEndpoint
from pydantic import BaseModel

router = APIRouter()


class Message(BaseModel):
    sender: str
    body: str


template = """Use the following pieces of context to answer the question at the end.
If you don't know the answer, say that you don't know. Use three sentences maximum.
{context}
Question: {question}
Helpful Answer:"""

QA_CHAIN_PROMPT = PromptTemplate(input_variables=["context", "question"], template=template)

embeddings_dir = os.path.join(os.path.dirname(os.path.dirname(__file__)), "DB")
embedding = SentenceTransformerEmbeddings(model_name="all-MiniLM-L6-v2")

llm = HuggingFaceEndpoint(
    repo_id="HuggingFaceH4/zephyr-7b-beta",
    task="text-generation",
    max_new_tokens=512,
    do_sample=False,
    repetition_penalty=1.03,
)


class ConnectionManager:
    def __init__(self):
        self.active_connections: List[WebSocket] = []
        self.vectordb = Chroma(persist_directory=embeddings_dir, embedding_function=embedding)
        self.qa_chain = RetrievalQA.from_chain_type(
            llm,
            retriever=self.vectordb.as_retriever(),
            return_source_documents=True,
            chain_type_kwargs={"prompt": QA_CHAIN_PROMPT},
        )

    async def connect(self, websocket: WebSocket):
        await websocket.accept()
        self.active_connections.append(websocket)

    def disconnect(self, websocket: WebSocket):
        self.active_connections.remove(websocket)

    async def broadcast(self, message: str):
        res = self.qa_chain.invoke(message)
        payload = json.dumps({"sender": "AI", "body": res["result"]})
        for connection in self.active_connections:
            await connection.send_text(payload)


manager = ConnectionManager()


@router.websocket("/ws")
async def websocket_endpoint(websocket: WebSocket):
    await manager.connect(websocket)
    try:
        while True:
            data = await websocket.receive_json()
            message = Message(**data)
            await websocket.send_text(json.dumps({"sender": "You", "body": message.body}))
            await manager.broadcast(message.body)
    except WebSocketDisconnect:
        manager.disconnect(websocket)
