import streamlit as st
import numpy as np
import requests
from sentence_transformers import SentenceTransformer
from pymongo import MongoClient
from dotenv import load_dotenv
from sklearn.metrics.pairwise import cosine_similarity

load_dotenv()

client = MongoClient("mongodb://localhost:27017/")
db = client["rag_chatbot"]
collection = db["website_docs"]


@st.cache_resource
def load_components():
    embed_model = SentenceTransformer("all-MiniLM-L6-v2")
    return embed_model, collection


def vector_search_local(query, embed_model, collection, k=4):
    docs = list(collection.find({}, {"content": 1, "embedding": 1}).limit(100))
    if not docs:
        return []
    contents = [d["content"] for d in docs]
    embeddings = np.array([d["embedding"] for d in docs])
    q_emb = embed_model.encode([query])
    sims = cosine_similarity(q_emb, embeddings)[0]
    return [contents[i] for i in np.argsort(sims)[-k:][::-1]]


def call_ollama(prompt):
    """Local LLM through the Ollama HTTP API"""
    response = requests.post('http://localhost:11434/api/generate',
                             json={
                                 'model': 'llama3.2',
                                 'prompt': prompt,
                                 'stream': False
                             })
    return response.json()['response']


def main():
    st.title("Local RAG Chatbot (Ollama + MongoDB)")
    embed_model, coll = load_components()
    if "messages" not in st.session_state:
        st.session_state.messages = []
    top_k = st.sidebar.slider("Top K chunks", 2, 8, 4)
    for m in st.session_state.messages:
        with st.chat_message(m["role"]):
            st.markdown(m["content"])
    if prompt := st.chat_input("Ask about Streamlit docs..."):
        st.session_state.messages.append({"role": "user", "content": prompt})
        docs = vector_search_local(prompt, embed_model, coll, top_k)
        if not docs:
            st.error("No data! Run `python ingest.py` first.")
            return
        context = "\n\n".join(docs[:3])
        answer = call_ollama(f"Context:\n{context}\n\nQuestion: {prompt}\nAnswer:")
        st.markdown(answer)
        st.session_state.messages.append({"role": "assistant", "content": answer})


if __name__ == "__main__":
    main()
