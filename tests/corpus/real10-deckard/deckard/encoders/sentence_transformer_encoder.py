from logging import Logger

from pandas import DataFrame
from sentence_transformers import SentenceTransformer, util

from deckard.core.utils import clear_gpu_memory


class SentenceTransformerEncoder:
    def __init__(self, model: str, log: Logger) -> None:
        self.log = log
        log.info(f"Loading sentence-transformers model: {model}")
        self.encoder = SentenceTransformer(model, device="cuda")

    def encode(self, value: str):
        return self.encoder.encode(value)

    def rerank(self, query: str, results: DataFrame) -> DataFrame:
        self.log.info(f"Reranking for: {query}")
        scores = []
        for i in results.index:
            clear_gpu_memory()
            scores.append(self.similarity(query, results["text"][i]))
        results.insert(2, "rerank_score", scores, True)
        return results.sort_values(by=["rerank_score"], ascending=False)

    def similarity(self, query: str, text: str) -> float:
        return util.cos_sim(self.encode(query), self.encode(text)).item()
