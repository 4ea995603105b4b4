import re

import nltk
import streamlit as st
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_community.vectorstores import FAISS
from nltk.corpus import stopwords
from pdfminer.high_level import extract_text
from transformers import pipeline

for res, kind in {'stopwords': 'corpora', 'punkt': 'tokenizers', 'wordnet': 'corpora'}.items():
    try:
        nltk.data.find(f'{kind}/{res}')
    except LookupError:
        nltk.download(res)

STOP = set(stopwords.words('english'))
st.set_page_config(page_icon='📑', page_title="Resume QnA Bot")


def pdf_chunks(upload):
    text = re.sub(r'\s+', ' ', extract_text(upload).strip())
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    return [c.encode("ascii", errors="ignore").decode("ascii") for c in splitter.split_text(text)]


def main():
    st.title("Resume Question-Answering App")
    with st.sidebar:
        upload = st.file_uploader("Upload a resume (PDF)", type=["pdf"])
        if st.button("Start Chat") and upload:
            with st.spinner('Loading embedding model...'):
                embedder = HuggingFaceEmbeddings(model_name="Alibaba-NLP/gte-base-en-v1.5",
                                                 model_kwargs={"trust_remote_code": True})
                st.session_state.db = FAISS.from_texts(pdf_chunks(upload), embedder)
            with st.spinner('Loading QA model...'):
                st.session_state.qa = pipeline("question-answering",
                                               model="deepset/bert-large-uncased-whole-word-masking-squad2")
            st.success('Ready!')

    if "db" in st.session_state and (q := st.chat_input("Ask a question about the resume...")):
        hits = st.session_state.db.similarity_search_with_score(q, k=3)
        ctx = "\n\n".join(doc.page_content for doc, _ in hits)
        ans = st.session_state.qa({'question': q, 'context': ctx})['answer']
        st.chat_message("user").markdown(q)
        st.chat_message("assistant").markdown(ans or "I'm sorry, I don't understand your question.")


if __name__ == "__main__":
    main()
