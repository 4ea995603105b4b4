"""Curated embedding models for the cache evaluation."""

from dataclasses import dataclass
from typing import Dict, List


@dataclass
class ModelInfo:
    name: str
    model_id: str
    description: str
    dimension: int
    category: str


MODEL_REGISTRY = {
    # fast
    'minilm-l6': ModelInfo(
        name='MiniLM-L6',
        model_id='all-MiniLM-L6-v2',
        description='quick baseline for prototyping',
        dimension=384,
        category='fast',
    ),
    'minilm-l3': ModelInfo(
        name='MiniLM-L3',
        model_id='all-MiniLM-L3-v2',
        description='smallest and fastest',
        dimension=384,
        category='fast',
    ),
    'minilm-l12': ModelInfo(
        name='MiniLM-L12',
        model_id='all-MiniLM-L12-v2',
        description='12-layer MiniLM',
        dimension=384,
        category='fast',
    ),
    # balanced
    'mpnet-base': ModelInfo(
        name='MPNet-Base',
        model_id='all-mpnet-base-v2',
        description='recommended default',
        dimension=768,
        category='balanced',
    ),
    'distilroberta': ModelInfo(
        name='DistilRoBERTa',
        model_id='all-distilroberta-v1',
        description='distilled RoBERTa',
        dimension=768,
        category='balanced',
    ),
    'msmarco-distilbert': ModelInfo(
        name='MS-MARCO-DistilBERT',
        model_id='msmarco-distilbert-base-v4',
        description='MS MARCO passage ranking',
        dimension=768,
        category='balanced',
    ),
    'msmarco-minilm': ModelInfo(
        name='MS-MARCO-MiniLM',
        model_id='msmarco-MiniLM-L6-cos-v5',
        description='MS MARCO, cosine-tuned',
        dimension=384,
        category='balanced',
    ),
    # quality
    'roberta-large': ModelInfo(
        name='RoBERTa-Large',
        model_id='all-roberta-large-v1',
        description='large RoBERTa',
        dimension=1024,
        category='quality',
    ),
    'instructor-large': ModelInfo(
        name='Instructor-Large',
        model_id='hkunlp/instructor-large',
        description='instruction-conditioned embeddings',
        dimension=768,
        category='quality',
    ),
    'instructor-xl': ModelInfo(
        name='Instructor-XL',
        model_id='hkunlp/instructor-xl',
        description='extra-large instructor',
        dimension=768,
        category='quality',
    ),
    'gte-large': ModelInfo(
        name='GTE-Large',
        model_id='thenlper/gte-large',
        description='General Text Embeddings, large',
        dimension=1024,
        category='quality',
    ),
    'gte-base': ModelInfo(
        name='GTE-Base',
        model_id='thenlper/gte-base',
        description='General Text Embeddings, base',
        dimension=768,
        category='quality',
    ),
    'e5-large': ModelInfo(
        name='E5-Large',
        model_id='intfloat/e5-large-v2',
        description='E5 large',
        dimension=1024,
        category='quality',
    ),
    'e5-base': ModelInfo(
        name='E5-Base',
        model_id='intfloat/e5-base-v2',
        description='E5 base',
        dimension=768,
        category='quality',
    ),
    'bge-large': ModelInfo(
        name='BGE-Large',
        model_id='BAAI/bge-large-en-v1.5',
        description='BGE large, English',
        dimension=1024,
        category='quality',
    ),
    'bge-base': ModelInfo(
        name='BGE-Base',
        model_id='BAAI/bge-base-en-v1.5',
        description='BGE base, English',
        dimension=768,
        category='quality',
    ),
    # multilingual
    'paraphrase-multilingual': ModelInfo(
        name='Paraphrase-Multilingual',
        model_id='paraphrase-multilingual-MiniLM-L12-v2',
        description='50+ languages',
        dimension=384,
        category='multilingual',
    ),
    'paraphrase-multilingual-mpnet': ModelInfo(
        name='Paraphrase-Multilingual-MPNet',
        model_id='paraphrase-multilingual-mpnet-base-v2',
        description='best multilingual quality',
        dimension=768,
        category='multilingual',
    ),
    'distiluse-multilingual': ModelInfo(
        name='DistilUSE-Multilingual',
        model_id='distiluse-base-multilingual-cased-v2',
        description='multilingual USE',
        dimension=512,
        category='multilingual',
    ),
    'labse': ModelInfo(
        name='LaBSE',
        model_id='sentence-transformers/LaBSE',
        description='100+ languages',
        dimension=768,
        category='multilingual',
    ),
    # domain
    'legal-bert': ModelInfo(
        name='Legal-BERT',
        model_id='nlpaueb/legal-bert-base-uncased',
        description='legal text',
        dimension=768,
        category='balanced',
    ),
    'scibert': ModelInfo(
        name='SciBERT',
        model_id='allenai/scibert_scivocab_uncased',
        description='scientific text',
        dimension=768,
        category='balanced',
    ),
}


def get_model_info(key: str) -> ModelInfo:
    if key not in MODEL_REGISTRY:
        raise KeyError(f"Unknown model {key!r}; known: {list(MODEL_REGISTRY)}")
    return MODEL_REGISTRY[key]


def get_models_by_category(category: str) -> Dict[str, ModelInfo]:
    return {k: v for k, v in MODEL_REGISTRY.items() if v.category == category}


def get_default_comparison_set() -> List[str]:
    return ['minilm-l6', 'mpnet-base', 'gte-base', 'bge-base']


if __name__ == "__main__":
    for k, info in MODEL_REGISTRY.items():
        print(f"[{k}] {info.model_id} ({info.dimension}d, {info.category})")
