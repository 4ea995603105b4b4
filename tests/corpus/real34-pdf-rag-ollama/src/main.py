"""
Streamlit entry point of the local PDF chat app (Ollama + RAG).
"""

import logging
import os
import shutil
import tempfile

import ollama
import pdfplumber
import streamlit as st

from rag.DocumentParser import DocumentParser
from rag.LLMManager import LLMManger
from rag.RAGPipeline import RAGPipeline
from rag.VectorStore import VectorStore

logging.basicConfig(level=logging.INFO, format="%(asctime)s - %(levelname)s - %(message)s")
logger = logging.getLogger(__name__)

os.environ["PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION"] = "python"

PERSIST_DIRECTORY = os.path.join("data", "vectors")

st.set_page_config(page_title="Ollama PDF RAG Streamlit UI", page_icon="🎈", layout="wide")


def extract_model_names(models_info):
    """Return the names of the models pulled into the local Ollama."""
    if hasattr(models_info, "models"):
        return tuple(m.model for m in models_info.models)
    return tuple()


def create_vector_db(file_upload, parser, vector_store):
    temp_dir = tempfile.mkdtemp()
    path = os.path.join(temp_dir, file_upload.name)
    with open(path, "wb") as fh:
        fh.write(file_upload.getvalue())
    chunks = parser.split_documents(parser.load_pdf(path))
    vector_db = vector_store.create_vector_db(documents=chunks)
    shutil.rmtree(temp_dir)
    return vector_db


def main():
    st.subheader("🧠 Ollama PDF RAG playground", divider="gray", anchor=False)
    vector_store = VectorStore()
    parser = DocumentParser()

    available_models = extract_model_names(ollama.list())
    col1, col2 = st.columns([1.5, 2])
    st.session_state.setdefault("messages", [])
    st.session_state.setdefault("vector_db", None)

    if available_models:
        col2.selectbox(
            "Pick a model available locally on your system ↓",
            available_models,
            key="model_select",
        )

    use_sample = col1.toggle("Use sample PDF", key="sample_checkbox")
    if use_sample:
        sample_file_path = "sample/bigData.pdf"
        if os.path.exists(sample_file_path) and st.session_state["vector_db"] is None:
            doc = parser.load_pdf(sample_file_path)
            st.session_state["vector_db"] = vector_store.create_vector_db(
                documents=parser.split_documents(doc)
            )
            with pdfplumber.open(sample_file_path) as pdf:
                st.session_state["pdf_pages"] = [p.to_image().original for p in pdf.pages]
    else:
        file_upload = col1.file_uploader("Upload a PDF file", type="pdf", key="pdf_uploader")
        if file_upload and st.session_state["vector_db"] is None:
            st.session_state["vector_db"] = create_vector_db(file_upload, parser, vector_store)

    with col2:
        rag_pipeline = RAGPipeline(vector_db=st.session_state["vector_db"], llm_manager=LLMManger())
        prompt = st.chat_input("Enter a prompt here...", key="chat_input")
        if prompt and st.session_state["vector_db"] is not None:
            st.session_state["messages"].append({"role": "user", "content": prompt})
            st.markdown(rag_pipeline.invoke(prompt))
        elif st.session_state["vector_db"] is None:
            st.warning("Upload a PDF file or use the sample PDF to begin chat...")


if __name__ == "__main__":
    main()
