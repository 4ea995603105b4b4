from loguru import logger
from sentence_transformers import SentenceTransformer

from constants import EMBEDDING_MODELS
from openai_utils import OpenaiEmbedder
from random_parameters import reset_parameters
from sentence import SentenceEmbedder
from w2v_utils import Word2Vec

VectorizationModel = SentenceTransformer | SentenceEmbedder | OpenaiEmbedder | Word2Vec


def init_model(model_name: str, random_weights: bool = False) -> tuple[str, VectorizationModel]:
    logger.info(f"Initialising embedding model `{model_name}`")
    if model_name in ("xlm-roberta-large", "estroberta", "e5-multilingual-large", "gte-large"):
        model = SentenceEmbedder(EMBEDDING_MODELS[model_name])
    elif model_name in ("text-embedding-ada-002",):
        model = OpenaiEmbedder(model_name)
    elif model_name == "word2vec":
        model = Word2Vec.load(EMBEDDING_MODELS[model_name])
    else:
        model = SentenceTransformer(EMBEDDING_MODELS[model_name])
    if random_weights:
        logger.info(f"`{model_name}`: random parameters")
        reset_parameters(model.parameters())
        model_name = f"random-{model_name}"
    logger.success(f"`{model_name}` ready")
    return model_name, model
