"""
For the most up-to-date models, see the current Sentence embedding benchmarks at:

https://huggingface.co/spaces/mteb/leaderboard
"""
from enum import Enum


class EmbeddingType(str, Enum):
    query: str = "query"
    passage: str = "passage"


class EmbeddingModelEnum(str, Enum):
    """Pretrained models. For more details see:
    https://huggingface.co/intfloat and
    https://huggingface.co/sentence-transformers

    These models separate query and passage embeddings by prefixing the text
    with "query" or "passage". Best quality/latency ratio as of 06/08/2023.

    E5 Dimensions:
        small => 384
        base => 768
        large => 1024
    SentenceTransformers Dimensions:
        minilm => 384
    """

    e5_small_v2: str = "intfloat/e5-small-v2"
    e5_base_v2: str = "intfloat/e5-base-v2"
    e5_large_v2: str = "intfloat/e5-large-v2"
    e5_multilingual_base: str = "intfloat/multilingual-e5-base"
    all_minilm_l6_v2: str = "sentence-transformers/all-MiniLM-L6-v2"
    all_minilm_l12_v2: str = "sentence-transformers/all-MiniLM-L12-v2"


class CrossEncoderEnum(str, Enum):
    """Cross Encoder models from SentenceTransformers.
    The L_6 and L_12 miniLM versions perform almost identically,
    https://huggingface.co/cross-encoder/ms-marco-MiniLM-L-12-v2
    but the latter is 2x slower, so it is left out.

    mmarco is the multilingual version (14 languages).
    """

    ms_marco_MiniLM_L_6_v2: str = "cross-encoder/ms-marco-MiniLM-L-6-v2"
    mmarco_mMiniLMv2_L12_H384_v1: str = "cross-encoder/mmarco-mMiniLMv2-L12-H384-v1"
