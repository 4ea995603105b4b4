import os

import streamlit as st
from dotenv import load_dotenv
from langchain.chains import RetrievalQA
from langchain.chat_models import init_chat_model
from langchain_chroma import Chroma
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.prompts import PromptTemplate
from langchain_ollama import OllamaEmbeddings

load_dotenv()

embeddings = OllamaEmbeddings(model=os.getenv("EMBEDDING_MODEL"))

vector_store = Chroma(
    collection_name=os.getenv("COLLECTION_NAME"),
    embedding_function=embeddings,
    persist_directory=os.getenv("DATABASE_LOCATION"),
)

llm = init_chat_model(
    os.getenv("CHAT_MODEL"),
    model_provider=os.getenv("MODEL_PROVIDER"),
    temperature=0,
)

retriever = vector_store.as_retriever(search_type="similarity", search_kwargs={"k": 4})

PROMPT = PromptTemplate(
    template="""You help students of the 2IS master program. Only answer from the context.
If the context does not contain the answer, say "I don't have this information in my database".

Context:
{context}

Question: {question}

Answer:""",
    input_variables=["context", "question"],
)

qa_chain = RetrievalQA.from_chain_type(
    llm=llm, chain_type="stuff", retriever=retriever, return_source_documents=True,
    chain_type_kwargs={"prompt": PROMPT},
)

st.set_page_config(page_title="RAG Chatbot")
st.title("RAG Chatbot - 2IS Master Program")

if "messages" not in st.session_state:
    st.session_state.messages = []

for message in st.session_state.messages:
    role = "user" if isinstance(message, HumanMessage) else "assistant"
    with st.chat_message(role):
        st.markdown(message.content)

if user_question := st.chat_input("Ask me anything about the 2IS Master program..."):
    st.session_state.messages.append(HumanMessage(user_question))
    with st.chat_message("user"):
        st.markdown(user_question)
    result = qa_chain.invoke({"query": user_question})
    with st.chat_message("assistant"):
        st.markdown(result["result"])
    st.session_state.messages.append(AIMessage(result["result"]))
