"""Encoders for the semantic search service."""

import logging
import os
from dataclasses import dataclass

import numpy as np
import spacy
from sentence_transformers import CrossEncoder, SentenceTransformer, SparseEncoder, models
from transformers import AutoModel, AutoTokenizer, BertModel, BertTokenizerFast

logger = logging.getLogger("search/encoders")

DEFAULT_BI_ENCODER = "all-MiniLM-L6-v2"
MULTILINGUAL = 'paraphrase-multilingual-mpnet-base-v2'


@dataclass(frozen=True)
class EncoderConfig:
    model_name: str = "multi-qa-mpnet-base-dot-v1"
    cross_encoder_model: str = "cross-encoder/ms-marco-MiniLM-L-12-v2"
    normalize: bool = True
    cache_folder: str = "~/.cache/sentence_transformers"


def bi_encoder(name: str = DEFAULT_BI_ENCODER) -> SentenceTransformer:
    logger.info("loading bi-encoder %s", name)
    return SentenceTransformer(name, device="cuda")


def multilingual() -> SentenceTransformer:
    return SentenceTransformer(MULTILINGUAL)


def e5() -> SentenceTransformer:
    return SentenceTransformer("intfloat/e5-large-v2", prompts={"query": "query: ", "passage": "passage: "})


def nomic() -> SentenceTransformer:
    return SentenceTransformer("nomic-ai/nomic-embed-text-v1.5", trust_remote_code=True, revision="v1.5.0")


def gte() -> SentenceTransformer:
    return SentenceTransformer(model_name_or_path="Alibaba-NLP/gte-large-en-v1.5", trust_remote_code=True)


def splade() -> SparseEncoder:
    return SparseEncoder("naver/splade-cocondenser-ensembledistil")


def rerankers(cfg: EncoderConfig = EncoderConfig()):
    fast = CrossEncoder(cfg.cross_encoder_model)
    strong = CrossEncoder("BAAI/bge-reranker-large", max_length=512)
    nli = CrossEncoder("cross-encoder/nli-deberta-v3-base")
    return fast, strong, nli


def legacy_bert_pooling() -> SentenceTransformer:
    word = models.Transformer("bert-base-uncased", max_seq_length=256)
    pooling = models.Pooling(word.get_word_embedding_dimension(), pooling_mode="mean")
    return SentenceTransformer(modules=[word, pooling])


def raw_hf(texts: list[str]) -> np.ndarray:
    tok = AutoTokenizer.from_pretrained("sentence-transformers/all-mpnet-base-v2")
    mdl = AutoModel.from_pretrained("sentence-transformers/all-mpnet-base-v2")
    batch = tok(texts, padding=True, truncation=True, return_tensors="pt")
    return mdl(**batch).last_hidden_state.mean(1).detach().numpy()


def classic_bert():
    tokenizer = BertTokenizerFast.from_pretrained("bert-base-cased")
    model = BertModel.from_pretrained("bert-large-uncased-whole-word-masking")
    distil = AutoModel.from_pretrained("distilbert-base-uncased")
    gpt = AutoModel.from_pretrained('gpt2-medium')
    t5 = AutoModel.from_pretrained("t5-small")
    return tokenizer, model, distil, gpt, t5


def sentencizer():
    # spaCy pipelines are pip packages
    return spacy.load("en_core_web_sm")


def local_model():
    return SentenceTransformer("./models/finetuned-minilm")


def from_env() -> SentenceTransformer:
    return SentenceTransformer(os.environ.get("EMBEDDING_MODEL", "BAAI/bge-m3"))
