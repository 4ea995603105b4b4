import gradio as gr

from utils import (
    create_prompt, generate_rag_response, generate_response, list_model,
    load_chroma_db, load_embeddings, load_llm, load_pdf, results_to_json, split_text,
)


def user(user_message, chat_history):
    chat_history.append((user_message, None))
    return gr.Textbox(value=user_message), chat_history


def bot(user_message, uploaded_file, chat_history, model, endpoint, temp, max_tokens, top_p, k):
    llm = load_llm(model, endpoint, temp, max_tokens, top_p)
    if uploaded_file:
        docs = load_pdf(uploaded_file)
        chunks, ids = split_text(docs, 300, 50)
        embeddings_function = load_embeddings("sentence-transformers/all-MiniLM-L6-v2")
        vector_store = load_chroma_db("collection", embeddings_function, "pdf")
        vector_store.add_documents(documents=chunks, ids=ids)
        retriever = vector_store.as_retriever(search_kwargs={"k": k})
        search_result_json = results_to_json(retriever.invoke(user_message))
        prompt = create_prompt("""Answer the question based only on the following context:
        {context}

        Question: {question}""")
        bot_message = generate_rag_response(retriever, prompt, llm, user_message)
    else:
        search_result_json = None
        bot_message = generate_response(user_message, llm)
    chat_history.append((None, bot_message))
    return gr.Textbox(value=None), chat_history, search_result_json


with gr.Blocks() as demo:
    with gr.Tab("Chat"):
        with gr.Row():
            with gr.Column(scale=1):
                model = gr.Dropdown(list_model(), label="OLLAMA_MODEL")
                endpoint = gr.Textbox(label="LOCAL_OLLAMA_ENDPOINT", value="http://localhost:11434/v1", interactive=True)
                with gr.Accordion("Upload File"):
                    uploaded_file = gr.File(file_count="multiple")
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(height=500, avatar_images=(None, "images/assistant.png"))
                input_msg = gr.Textbox(label="Input Message", show_label=False)
                gr.Button("Clear").click(lambda: None, None, chatbot, queue=False)
            with gr.Column(scale=1):
                search_result_json = gr.JSON(label="Search Result", height=580)

    with gr.Tab("Settings"):
        temp = gr.Slider(label="Temperature", value=0.7, minimum=0.0, maximum=1.0, step=0.1)
        max_tokens = gr.Slider(label="Token limit", value=5000, minimum=0, maximum=10000, step=1)
        top_p = gr.Slider(label="Top-p", value=1.0, minimum=0.0, maximum=1.0, step=0.1)
        k = gr.Number(label="k", value=3, minimum=1)

    input_msg.submit(user, [input_msg, chatbot], [input_msg, chatbot], queue=False).then(
        bot, [input_msg, uploaded_file, chatbot, model, endpoint, temp, max_tokens, top_p, k],
        [input_msg, chatbot, search_result_json],
    )

if __name__ == "__main__":
    demo.launch()
