"""RAG evaluation with ragas: correctness, faithfulness, context precision/recall."""
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List

import pandas as pd
from langchain.chat_models import ChatOpenAI
from langchain.embeddings import HuggingFaceEmbeddings
from langchain.schema import Document, HumanMessage, SystemMessage
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain.vectorstores import FAISS
from ragas import evaluate
from ragas.metrics import answer_correctness, answer_relevancy, context_precision, context_recall, faithfulness
from ragas.testset.generator import TestsetGenerator


@dataclass
class EvalConfig:
    model_name: str = "gpt-3.5-turbo"
    temperature: float = 0.0
    max_tokens: int = 1000
    batch_size: int = 10
    cache_dir: str = "./cache"
    results_dir: str = "./eval-results"


class TinyRAG:
    def __init__(self, texts: List[str], cfg: EvalConfig):
        self.cfg = cfg
        self.llm = ChatOpenAI(model_name=cfg.model_name, temperature=cfg.temperature, max_tokens=cfg.max_tokens)
        docs = [Document(page_content=t, metadata={"source": f"doc_{i}"}) for i, t in enumerate(texts)]
        chunks = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)
        emb = HuggingFaceEmbeddings(
            model_name="sentence-transformers/all-MiniLM-L6-v2"
        )
        self.retriever = FAISS.from_documents(chunks, emb).as_retriever(search_kwargs={"k": 5})

    def query(self, q: str) -> Dict[str, Any]:
        hits = self.retriever.get_relevant_documents(q)
        ctx = "\n".join(h.page_content for h in hits)
        msgs = [SystemMessage(content="Answer from the context only."), HumanMessage(content=f"Context: {ctx}\n\nQ: {q}")]
        return {"question": q, "answer": self.llm.invoke(msgs).content, "context": ctx}


def synthetic_testset(texts: List[str], n: int = 30) -> pd.DataFrame:
    gen = TestsetGenerator.with_openai(openai_api_key=os.getenv("OPENAI_API_KEY"), model="gpt-3.5-turbo")
    return gen.generate_with_langchain_docs([Document(page_content=t) for t in texts], test_size=n).to_pandas()


def run(cfg: EvalConfig, texts: List[str]):
    Path(cfg.results_dir).mkdir(parents=True, exist_ok=True)
    testset = synthetic_testset(texts)
    rag = TinyRAG(texts, cfg)
    rows = []
    for _, r in testset.iterrows():
        res = rag.query(r["question"])
        rows.append({"question": r["question"], "answer": res["answer"], "contexts": [res["context"]],
                     "ground_truth": r.get("answer", "")})
    df = pd.DataFrame(rows)
    scores = evaluate(df, metrics=[answer_correctness, faithfulness, context_precision, context_recall, answer_relevancy])
    with open(Path(cfg.results_dir) / "ragas_metrics.json", "w") as fh:
        json.dump(dict(scores), fh, indent=2)
    return scores


if __name__ == "__main__":
    config = EvalConfig(model_name="gpt-3.5-turbo", batch_size=5, cache_dir="./cache", results_dir="./eval-results")
    print(run(config, ["RAG combines retrieval with generation.", "FAISS is a vector index library."]))
