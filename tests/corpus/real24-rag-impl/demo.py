import os

import nest_asyncio
import openai
import streamlit as st
from dotenv import load_dotenv
from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
from llama_index.core.memory import ChatMemoryBuffer
from llama_index.core.node_parser import MarkdownElementNodeParser
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.llms.openai import OpenAI
from llama_parse import LlamaParse

# from llama_index.postprocessor.flag_embedding_reranker import FlagEmbeddingReranker

load_dotenv()
nest_asyncio.apply()

LLAMA_CLOUD_API_KEY = os.getenv("LLAMA_CLOUD_API_KEY")
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")

st.set_page_config(page_title="CELESTRAL AI", layout="centered")
openai.api_key = OPENAI_API_KEY
st.title("Chat with the manufacturing assistant")

SYSTEM = (
    "You are a manufacturing assistant. Numbers you see are component specifications; recommend "
    "components whose specifications are closest to the user's."
)

if "messages" not in st.session_state:
    st.session_state.messages = [{"role": "assistant", "content": "Ask me about your manufacturing needs!"}]

llm = OpenAI(model="gpt-3.5-turbo", temperature=0.5, system_prompt=SYSTEM)


@st.cache_resource(show_spinner=False)
def load_data():
    with st.spinner(text="Loading and indexing the docs, this takes a few minutes."):
        embed_model = OpenAIEmbedding(model="text-embedding-3-small")

        parser = LlamaParse(
            api_key=LLAMA_CLOUD_API_KEY,
            result_type="markdown",
            parsing_instruction="Tables of component specifications. Reconstruct them concisely.",
        )
        docs = SimpleDirectoryReader("./pistons", file_extractor={".pdf": parser}).load_data()
        node_parser = MarkdownElementNodeParser(llm=OpenAI(model="gpt-3.5-turbo-0125"), num_workers=8)
        nodes = node_parser.get_nodes_from_documents(docs)
        base_nodes, objects = node_parser.get_nodes_and_objects(nodes)

        ##  reranker = FlagEmbeddingReranker(top_n=5, model="BAAI/bge-reranker-large")

        return VectorStoreIndex(nodes=base_nodes + objects, embed_model=embed_model)


index = load_data()
memory = ChatMemoryBuffer.from_defaults(token_limit=5000)

if "chat_engine" not in st.session_state:
    st.session_state.chat_engine = index.as_chat_engine(
        chat_mode="condense_plus_context",
        memory=memory,
        llm=llm,
        context_prompt=SYSTEM + "\nRelevant documents:\n{context_str}",
    )

if prompt := st.chat_input("Your question"):
    st.session_state.messages.append({"role": "user", "content": prompt})

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.write(message["content"])

if st.session_state.messages[-1]["role"] != "assistant":
    with st.chat_message("assistant"):
        response = st.session_state.chat_engine.chat(prompt)
        st.write(response.response)
        st.session_state.messages.append({"role": "assistant", "content": response.response})
