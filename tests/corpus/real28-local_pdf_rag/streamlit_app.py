import logging
import os
import tempfile
from typing import Any, Dict, List, Tuple

import ollama
import pdfplumber
import streamlit as st
from langchain.prompts import ChatPromptTemplate, PromptTemplate
from langchain.retrievers.multi_query import MultiQueryRetriever
from langchain_community.chat_models import ChatOllama
from langchain_community.document_loaders import UnstructuredPDFLoader
from langchain_community.embeddings import OllamaEmbeddings
from langchain_community.vectorstores import Chroma
from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import RunnablePassthrough
from langchain_text_splitters import RecursiveCharacterTextSplitter

st.set_page_config(page_title="Ollama PDF RAG Streamlit UI", page_icon="🎈", layout="wide")
logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)


@st.cache_resource(show_spinner=True)
def extract_model_names(models_info: Dict[str, List[Dict[str, Any]]]) -> Tuple[str, ...]:
    return tuple(model["name"] for model in models_info["models"])


def create_vector_db(files: List[str]) -> Chroma:
    chunks = []
    for file in files:
        data = UnstructuredPDFLoader(file).load()
        chunks.extend(RecursiveCharacterTextSplitter(chunk_size=7500, chunk_overlap=100).split_documents(data))
    if not chunks:
        st.error("No valid PDF content found in the uploaded files.")
        return None
    embeddings = OllamaEmbeddings(model="nomic-embed-text", show_progress=True)
    return Chroma.from_documents(documents=chunks, embedding=embeddings, collection_name="myRAG")


def process_question(question: str, vector_db: Chroma, selected_model: str) -> str:
    llm = ChatOllama(model=selected_model, temperature=0)
    query_prompt = PromptTemplate(
        input_variables=["question"],
        template="""Generate 3 different versions of the user question to retrieve relevant
        documents from a vector database, separated by newlines.
        Original question: {question}""",
    )
    retriever = MultiQueryRetriever.from_llm(vector_db.as_retriever(), llm, prompt=query_prompt)
    prompt = ChatPromptTemplate.from_template(
        """Answer the question based ONLY on the following context:
    {context}
    Question: {question}"""
    )
    chain = {"context": retriever, "question": RunnablePassthrough()} | prompt | llm | StrOutputParser()
    return chain.invoke(question)


def main() -> None:
    st.subheader("🧠 Ollama PDF RAG playground", divider="gray", anchor=False)
    available_models = extract_model_names(ollama.list())
    col1, col2 = st.columns([1.5, 2])
    st.session_state.setdefault("messages", [])
    st.session_state.setdefault("vector_db", None)

    selected_model = col2.selectbox("Pick a model available locally on your system ↓", available_models)
    file_uploads = col1.file_uploader("Upload PDF files ↓", type=["pdf"], accept_multiple_files=True)
    if file_uploads and st.session_state["vector_db"] is None:
        temp_dir = tempfile.mkdtemp()
        paths = []
        for f in file_uploads:
            path = os.path.join(temp_dir, f.name)
            with open(path, "wb") as fh:
                fh.write(f.getvalue())
            paths.append(path)
        st.session_state["vector_db"] = create_vector_db(paths)
        with pdfplumber.open(file_uploads[0]) as pdf:
            for page in pdf.pages:
                col1.image(page.to_image().original)

    if prompt := st.chat_input("Enter a prompt here..."):
        if st.session_state["vector_db"] is not None:
            col2.markdown(process_question(prompt, st.session_state["vector_db"], selected_model))
        else:
            st.warning("Please upload a PDF file first.")


if __name__ == "__main__":
    main()
