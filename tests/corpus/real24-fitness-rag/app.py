import os

import streamlit as st
from dotenv import load_dotenv
from langchain.agents import Tool, initialize_agent
from langchain.chains import RetrievalQA
from langchain_astradb import AstraDBVectorStore
from langchain_community.document_loaders import TextLoader
from langchain_openai import OpenAI, OpenAIEmbeddings

load_dotenv()
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
ASTRA_DB_APPLICATION_TOKEN = os.getenv("ASTRA_DB_APPLICATION_TOKEN")
ASTRA_DB_API_ENDPOINT = os.getenv("ASTRA_DB_API_ENDPOINT")

if not OPENAI_API_KEY:
    raise ValueError("Missing OPENAI_API_KEY. Set it in .env.")

llm = OpenAI(temperature=0.5)
embedding = OpenAIEmbeddings()

loader = TextLoader("fitness_knowledge_base.txt")
documents = loader.load()

vectordb = AstraDBVectorStore(
    embedding=embedding,
    collection_name="fitness_docs",
    token=ASTRA_DB_APPLICATION_TOKEN,
    api_endpoint=ASTRA_DB_API_ENDPOINT,
)
vectordb.add_documents(documents)

qa_chain = RetrievalQA.from_chain_type(llm=llm, retriever=vectordb.as_retriever())

tools = [
    Tool(name="NutritionAdvisor", func=qa_chain.run, description="Dietary and nutrition advice."),
    Tool(name="WorkoutPlanner", func=qa_chain.run, description="Workout plans and fitness guidance."),
]

agent = initialize_agent(
    tools=tools,
    llm=llm,
    agent="zero-shot-react-description",
    verbose=True,
)

st.set_page_config(page_title="AI Nutrition & Fitness Coach", layout="centered")
st.title("🏋️ AI-Powered Nutrition & Fitness Advisor")

query = st.text_input("Ask anything about fitness or diet:")
if query:
    with st.spinner("Thinking..."):
        st.success(agent.run(query))
