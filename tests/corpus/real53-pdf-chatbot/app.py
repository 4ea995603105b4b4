import os

import gradio as gr
from langchain.chains import ConversationalRetrievalChain
from langchain.document_loaders import PyPDFLoader
from langchain.embeddings import HuggingFaceEmbeddings
from langchain.llms import HuggingFaceHub
from langchain.memory import ConversationBufferMemory
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain.vectorstores import Chroma

default_persist_directory = './chroma_HF/'

llm_name1 = "mistralai/Mistral-7B-Instruct-v0.2"
llm_name2 = "mistralai/Mistral-7B-Instruct-v0.1"
llm_name3 = "meta-llama/Llama-2-7b-chat-hf"
llm_name4 = "microsoft/phi-2"
llm_name5 = "mosaicml/mpt-7b-instruct"
llm_name6 = "tiiuae/falcon-7b-instruct"
llm_name7 = "google/flan-t5-xxl"
list_llm = [llm_name1, llm_name2, llm_name3, llm_name4, llm_name5, llm_name6, llm_name7]
list_llm_simple = [os.path.basename(llm) for llm in list_llm]


def load_doc(list_file_path, chunk_size, chunk_overlap):
    pages = []
    for path in list_file_path:
        pages.extend(PyPDFLoader(path).load())
    splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap)
    return splitter.split_documents(pages)


def create_db(splits):
    embedding = HuggingFaceEmbeddings()
    return Chroma.from_documents(documents=splits, embedding=embedding,
                                 persist_directory=default_persist_directory)


def initialize_llmchain(llm_model, temperature, max_tokens, top_k, vector_db, progress=gr.Progress()):
    # HuggingFaceHub uses HF inference endpoints (no local download)
    progress(0.5, desc="Initializing HF Hub...")
    llm = HuggingFaceHub(
        repo_id=llm_model,
        model_kwargs={"temperature": temperature, "max_new_tokens": max_tokens, "top_k": top_k,
                      "trust_remote_code": True, "torch_dtype": "auto"},
    )
    memory = ConversationBufferMemory(memory_key="chat_history", output_key='answer', return_messages=True)
    return ConversationalRetrievalChain.from_llm(
        llm, retriever=vector_db.as_retriever(), chain_type="stuff",
        memory=memory, return_source_documents=True,
    )


def initialize_database(list_file_obj, chunk_size, chunk_overlap, progress=gr.Progress()):
    paths = [x.name for x in list_file_obj if x is not None]
    progress(0.25, desc="Loading document...")
    return create_db(load_doc(paths, chunk_size, chunk_overlap)), "Complete!"


def initialize_LLM(llm_option, llm_temperature, max_tokens, top_k, vector_db, progress=gr.Progress()):
    llm_name = list_llm[llm_option]
    return initialize_llmchain(llm_name, llm_temperature, max_tokens, top_k, vector_db, progress), "Complete!"


def conversation(qa_chain, message, history):
    chat_history = [f"User: {u}\nAssistant: {b}" for u, b in history]
    response = qa_chain({"question": message, "chat_history": chat_history})
    sources = response["source_documents"]
    new_history = history + [(message, response["answer"])]
    return (qa_chain, gr.update(value=""), new_history,
            sources[0].page_content.strip(), sources[0].metadata["page"] + 1)


def demo():
    with gr.Blocks(theme="base") as app:
        vector_db, qa_chain = gr.State(), gr.State()
        gr.Markdown("<center><h2>PDF-based chatbot (powered by LangChain and open-source LLMs)</h2></center>")
        with gr.Tab("Step 1 - Document pre-processing"):
            document = gr.Files(file_count="multiple", file_types=["pdf"], label="Upload your PDF documents")
            chunk_size = gr.Slider(100, 1000, value=600, step=20, label="Chunk size")
            chunk_overlap = gr.Slider(10, 200, value=40, step=10, label="Chunk overlap")
            db_progress = gr.Textbox(label="Vector database initialization", value="None")
            db_btn = gr.Button("Generate vector database")
        with gr.Tab("Step 2 - QA chain initialization"):
            llm_btn = gr.Radio(list_llm_simple, label="LLM models", value=list_llm_simple[0], type="index")
            temperature = gr.Slider(0.0, 1.0, value=0.7, step=0.1, label="Temperature")
            max_tokens = gr.Slider(224, 4096, value=1024, step=32, label="Max Tokens")
            top_k = gr.Slider(1, 10, value=3, step=1, label="top-k samples")
            llm_progress = gr.Textbox(value="None", label="QA chain initialization")
            qachain_btn = gr.Button("Initialize question-answering chain")
        with gr.Tab("Step 3 - Conversation with chatbot"):
            chatbot = gr.Chatbot(height=300)
            source = gr.Textbox(label="Reference 1", lines=2)
            page = gr.Number(label="Page")
            msg = gr.Textbox(placeholder="Type message")

        db_btn.click(initialize_database, inputs=[document, chunk_size, chunk_overlap],
                     outputs=[vector_db, db_progress])
        qachain_btn.click(initialize_LLM, inputs=[llm_btn, temperature, max_tokens, top_k, vector_db],
                          outputs=[qa_chain, llm_progress])
        msg.submit(conversation, inputs=[qa_chain, msg, chatbot],
                   outputs=[qa_chain, msg, chatbot, source, page], queue=False)
    app.queue().launch(debug=True)


if __name__ == "__main__":
    demo()
