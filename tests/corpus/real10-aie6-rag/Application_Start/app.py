"""
Chainlit bot answering questions about Paul Graham's essays.
"""

import os
from operator import itemgetter
from pathlib import Path

import chainlit as cl
from dotenv import load_dotenv
from langchain.schema.runnable import RunnableConfig
from langchain_community.document_loaders import TextLoader
from langchain_community.vectorstores import FAISS
from langchain_core.prompts import PromptTemplate
from langchain_huggingface import HuggingFaceEndpoint, HuggingFaceEndpointEmbeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

# env
load_dotenv()
LLM_URL = os.environ["HF_LLM_ENDPOINT"]
EMBED_URL = os.environ["HF_EMBED_ENDPOINT"]
TOKEN = os.environ["HF_TOKEN"]

# index
ESSAYS = Path(__file__).parent / "data" / "paul_graham_essays.txt"
pieces = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=30).split_documents(
    TextLoader(ESSAYS).load()
)
embedder = HuggingFaceEndpointEmbeddings(
    model=EMBED_URL,
    task="feature-extraction",
    huggingfacehub_api_token=TOKEN,
)
retriever = FAISS.from_documents(pieces, embedder).as_retriever()

# prompt + llm
TEMPLATE = """<|start_header_id|>system<|end_header_id|>
Answer the QUESTION from the CONTEXT only; say you don't know otherwise.<|eot_id|>

<|start_header_id|>user<|end_header_id|>
QUESTION: {query}

CONTEXT:
{context}<|eot_id|>

<|start_header_id|>assistant<|end_header_id|>
"""
llm = HuggingFaceEndpoint(
    endpoint_url=LLM_URL,
    task="text-generation",
    max_new_tokens=512,
    temperature=0.01,
    huggingfacehub_api_token=TOKEN,
)
chain = (
    {"context": itemgetter("query") | retriever, "query": itemgetter("query")}
    | PromptTemplate.from_template(TEMPLATE)
    | llm
)


@cl.on_chat_start
async def start():
    cl.user_session.set("chain", chain)
    await cl.Message(content="Hi! Ask me about Paul Graham's essays.").send()


@cl.on_message
async def answer(message: cl.Message):
    reply = cl.Message(content="")
    async for tok in cl.user_session.get("chain").astream(
        {"query": message.content},
        config=RunnableConfig(callbacks=[cl.LangchainCallbackHandler()]),
    ):
        await reply.stream_token(tok)
    await reply.send()
