import gradio as gr
from src.pipeline.rag_pipeline import RAGPipeline


def rag_respond(query: str, groq_api_key: str, retriever_name: str, use_reranker: bool):
    pipeline = RAGPipeline(
        chunks_dir="data/chunks",
        doc_metadata_dir="data/data.csv",
        groq_api_key=groq_api_key,
        use_reranker=use_reranker
    )

    answer, used_docs = pipeline.run(
        query=query,
        retriever_name=retriever_name,
        top_n=15,
        top_k=5
    )

    sources_md = "\n".join(
        f"[{doc_id}]({pipeline.doc_metadata[doc_id]['url']})"
        for doc_id in used_docs
    )
    return f"**Answer:**\n\n{answer}\n\n**Sources:**\n{sources_md}"


with gr.Blocks() as demo:
    with gr.Sidebar():
        gr.Markdown("## Your GROQ API key")
        api_key_input = gr.Textbox(lines=1, placeholder="GROQ API key", type="password")
        retriever_input = gr.Dropdown(choices=["bm25", "dense", "combined"], value="combined", label="Retriever")
        reranker_input = gr.Checkbox(label="Use reranker", value=True)

    with gr.Accordion("About", open=False):
        gr.Markdown(
            """
            ## RAG Cooking QA

            Knowledge base: 130 cooking web pages, cleaned to .txt and chunked.

            Retrieval: BM25, dense, or both (0.5 / 0.5); the reranker keeps 5 of the top 15 chunks.

            ### Answer generation

            The answer is written by **llama-3.3-70b-versatile** through the **Groq API**,
            with the key the user enters.
            """
        )

    query_input = gr.Textbox(lines=2, placeholder="Ask something...")
    output = gr.Markdown(label="Answer")
    submit_btn = gr.Button("Get answer")
    submit_btn.click(
        rag_respond,
        inputs=[query_input, api_key_input, retriever_input, reranker_input],
        outputs=output
    )

if __name__ == "__main__":
    demo.launch()
