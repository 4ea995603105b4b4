from typing import Any

from langchain_huggingface import HuggingFaceEndpoint, ChatHuggingFace, HuggingFaceEmbeddings
import logging
import os


def init_llm() -> ChatHuggingFace:
    """Build the chat model on a HF inference endpoint."""
    model_id = "meta-llama/Meta-Llama-3.1-8B-Instruct"
    logging.info(f"Initializing LLM: {model_id}")

    # check that a token is present
    token = os.getenv("HUGGINGFACEHUB_API_TOKEN") or os.getenv("HF_TOKEN")
    if not token:
        logging.warning("no Hugging Face token in the environment")

    llm_endpoint = HuggingFaceEndpoint(
        model=model_id,
        max_new_tokens=512,
        do_sample=False,
        temperature=0.01,
        repetition_penalty=1.1,
        timeout=120,
    )

    return ChatHuggingFace(llm=llm_endpoint)


def init_embeddings() -> HuggingFaceEmbeddings:
    """Embeddings used for semantic chunking and search."""
    model_name = "sentence-transformers/paraphrase-multilingual-mpnet-base-v2"
    logging.info(f"Initializing embeddings model: {model_name}")

    try:
        return HuggingFaceEmbeddings(
            model_name=model_name,
            model_kwargs={'device': 'cpu'},
            encode_kwargs={'normalize_embeddings': True}
        )
    except Exception as e:
        logging.error(f"embeddings failed: {e}", exc_info=True)
        raise
