import os

import streamlit as st

from rag_backend import build_index, qa_chain, read_docx_folder

st.set_page_config(page_title="Multi-Doc RAG", layout="centered")
st.title("Ask your .docx files")

DOC_DIR = "uploaded_docs"
os.makedirs(DOC_DIR, exist_ok=True)

files = st.file_uploader("Pick .docx files", type="docx", accept_multiple_files=True)
if files:
    for f in files:
        with open(os.path.join(DOC_DIR, f.name), "wb") as out:
            out.write(f.getbuffer())
    st.success(f"{len(files)} file(s) saved.")

if st.button("Build knowledge base"):
    with st.spinner("Indexing..."):
        st.session_state["chain"] = qa_chain(build_index(read_docx_folder(DOC_DIR)))
    st.success("Ready.")

if "chain" in st.session_state:
    q = st.text_input("Your question")
    if st.button("Answer") and q.strip():
        with st.spinner("Thinking..."):
            st.write(st.session_state["chain"].run(q))
