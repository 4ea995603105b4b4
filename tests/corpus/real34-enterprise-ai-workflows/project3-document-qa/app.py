"""
Document Q&A System with RAG (Retrieval-Augmented Generation)
Simulates Azure OpenAI RAG pipeline using open-source tools
"""

import logging
from datetime import datetime
from typing import Dict, List, Tuple

import chromadb
import gradio as gr
from chromadb.config import Settings
from sentence_transformers import SentenceTransformer
from transformers import AutoTokenizer, pipeline

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)


class DocumentQASystem:
    """RAG-based Document Q&A System"""

    def __init__(
        self,
        embedding_model_name: str = "all-MiniLM-L6-v2",
        llm_model_name: str = "distilgpt2",
        collection_name: str = "documents"
    ):
        logger.info("Loading embedding model: %s", embedding_model_name)
        self.embedding_model = SentenceTransformer(embedding_model_name)

        self.chroma_client = chromadb.Client(Settings(anonymized_telemetry=False, allow_reset=True))
        self.collection = self.chroma_client.get_or_create_collection(
            name=collection_name, metadata={"description": "Document knowledge base"}
        )

        logger.info("Loading language model: %s", llm_model_name)
        self.tokenizer = AutoTokenizer.from_pretrained(llm_model_name)
        self.llm = pipeline(
            "text-generation",
            model=llm_model_name,
            tokenizer=self.tokenizer,
            max_length=512,
            do_sample=True,
            pad_token_id=self.tokenizer.eos_token_id
        )

    def add_documents(self, documents: List[str], metadata: List[Dict] = None, ids: List[str] = None):
        embeddings = self.embedding_model.encode(documents).tolist()
        ids = ids or [f"doc_{i}_{datetime.now().timestamp()}" for i in range(len(documents))]
        metadata = metadata or [{"source": f"document_{i}"} for i in range(len(documents))]
        self.collection.add(embeddings=embeddings, documents=documents, ids=ids, metadatas=metadata)
        return len(documents)

    def search_documents(self, query: str, n_results: int = 3) -> Tuple[List[str], List[float]]:
        query_embedding = self.embedding_model.encode([query])[0].tolist()
        results = self.collection.query(query_embeddings=[query_embedding], n_results=n_results)
        return results['documents'][0], results['distances'][0]

    def answer_question(self, question: str, n_context_docs: int = 3):
        docs, distances = self.search_documents(question, n_context_docs)
        if not docs:
            return "No relevant documents found in the knowledge base.", [], []
        prompt = f"Context: {docs[0][:300]}\n\nQuestion: {question}\nAnswer:"
        out = self.llm(prompt, max_new_tokens=100, temperature=0.3, repetition_penalty=1.5)
        answer = out[0]['generated_text'][len(prompt):].strip()
        return answer, docs, [1.0 / (1.0 + d) for d in distances]


qa_system = DocumentQASystem()

SAMPLE_DOCUMENTS = [
    "Machine learning is a subset of artificial intelligence that enables systems to learn from experience.",
    "The transformer architecture forms the basis of modern large language models like GPT and BERT.",
    "Docker is a platform that uses OS-level virtualization to deliver software in packages called containers.",
]


def ask(question, n_docs):
    answer, docs, scores = qa_system.answer_question(question, int(n_docs))
    context = "\n\n".join(f"[{s:.2f}] {d}" for d, s in zip(docs, scores))
    return answer, context


with gr.Blocks(title="Document Q&A (RAG)") as demo:
    gr.Markdown("# 📚 Document Q&A System")
    with gr.Tab("💬 Ask Questions"):
        q = gr.Textbox(label="Question")
        n = gr.Slider(1, 5, value=3, step=1, label="Number of context documents")
        a = gr.Textbox(label="Answer")
        c = gr.Textbox(label="📄 Retrieved Context")
        gr.Button("🔍 Ask Question").click(ask, [q, n], [a, c])
    with gr.Tab("📁 Manage Documents"):
        gr.Button("📥 Load Sample AI/ML Documents").click(
            lambda: f"Loaded {qa_system.add_documents(SAMPLE_DOCUMENTS)} documents", None, gr.Textbox()
        )

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0", server_port=7860)
