# flask_rag_api.py
import argparse

from flask import Flask, jsonify, request
from langchain import hub
from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.core.embeddings import resolve_embed_model
from llama_index.core.prompts import LangchainPromptTemplate
from llama_index.llms.ollama import Ollama
from waitress import serve

base_prompt = hub.pull("rlm/rag-prompt")
GUIDE_TEMPLATE = """
You answer questions about the health and safety guide provided.
Keep it to three sentences. If the guide does not say, answer that the information is not available.
When you find the answer, give its location as "Location: Page <n>" or "Location: Section <n>".

Question: {question}
Context: {context}
Answer:
"""
base_prompt.messages[0].prompt.template = GUIDE_TEMPLATE
qa_template = LangchainPromptTemplate(
    template=base_prompt,
    template_var_mappings={"query_str": "question", "context_str": "context"},
)

app = Flask(__name__)

cli = argparse.ArgumentParser(description="Serve the RAG API with the chosen models")
cli.add_argument("--embed_model", default="local:BAAI/bge-large-en", help="embedding model")
cli.add_argument("--llm_model", default="llama2:13b-chat", help="Ollama model")
cli.add_argument("--mode", choices=["debug", "production"], default="production")
args = cli.parse_args()


def build_engine(embed_name, llm_name):
    docs = SimpleDirectoryReader("data").load_data()
    Settings.embed_model = resolve_embed_model(embed_name)
    Settings.llm = Ollama(model=llm_name, request_timeout=240.0)
    return VectorStoreIndex.from_documents(docs).as_query_engine()


print("Embedding model:", args.embed_model, "| LLM:", args.llm_model)
engine = build_engine(args.embed_model, args.llm_model)
engine.update_prompts({"response_synthesizer:text_qa_template": qa_template})


@app.route("/query", methods=["POST"])
def query():
    q = (request.json or {}).get("query")
    if not q:
        return jsonify({"error": "No query provided"}), 400
    return jsonify({"response": str(engine.query(q))})


if __name__ == "__main__":
    if args.mode == "debug":
        app.run(debug=True, port=8000)
    else:
        serve(app, listen="*:8000")
