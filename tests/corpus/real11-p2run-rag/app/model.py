from langchain.chains import RetrievalQA
from langchain.document_loaders import Docx2txtLoader
from langchain.embeddings import HuggingFaceEmbeddings
from langchain.llms import LlamaCpp
from langchain.text_splitter import CharacterTextSplitter
from langchain.vectorstores import FAISS

# Loaded once at import time and shared by every request.
llm = LlamaCpp(
    model_path="models/llama-2-7b-chat.Q4_K_M.gguf",
    n_ctx=2048,
    temperature=0.1,
    top_p=0.95,
    n_threads=8,
    verbose=False,
)

embeddings = HuggingFaceEmbeddings(model_name="sentence-transformers/distiluse-base-multilingual-cased-v2")


def chain_for(docx_path: str):
    pages = Docx2txtLoader(docx_path).load()
    chunks = CharacterTextSplitter(chunk_size=500, chunk_overlap=50).split_documents(pages)
    store = FAISS.from_documents(chunks, embeddings)
    return RetrievalQA.from_chain_type(
        llm=llm,
        chain_type="stuff",
        retriever=store.as_retriever(search_kwargs={"k": 3}),
    )


def get_answer(docx_path: str, question: str) -> str:
    return chain_for(docx_path).run(question)
