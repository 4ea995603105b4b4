import logging
import os

from embedding_models import EMBEDDING_MODELS
from environment_setup import load_environment_variables
from huggingface_hub import login
from langchain_community.embeddings import HuggingFaceInferenceAPIEmbeddings
# from llama_index.embeddings.cohereai import CohereEmbedding
from llama_index.embeddings.cohere import CohereEmbedding

env = load_environment_variables()


def initialize_embedding_model(hf_token, embedding_model_id):
    """Return the embedding model selected by its short id."""
    login(token=env['HF_TOKEN'])
    if embedding_model_id not in EMBEDDING_MODELS:
        logging.error(f"Unknown embedding_model_id: {embedding_model_id}; using the default.")
        name = EMBEDDING_MODELS["default"]
    elif embedding_model_id == 'cohere':
        os.environ["COHERE_API_KEY"] = env['COHERE_API_KEY']
        return CohereEmbedding(
            cohere_api_key=env['COHERE_API_KEY'],
            model_name="embed-english-v3.0",
            input_type="search_query",
        )
    else:
        name = EMBEDDING_MODELS[embedding_model_id]
    return HuggingFaceInferenceAPIEmbeddings(model_name=name, api_key=hf_token)


def get_embedding_model_based_on_model_name_id(model_name_id: str):
    """Map a short id to the model name, falling back to the default."""
    if model_name_id in EMBEDDING_MODELS:
        return EMBEDDING_MODELS[model_name_id]
    logging.error(f"Unknown model_name_id: {model_name_id}; using the default.")
    return EMBEDDING_MODELS["default"]
