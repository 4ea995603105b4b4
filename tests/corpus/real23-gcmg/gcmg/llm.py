#!/usr/bin/env python
"""Functions for LLM."""

import logging
import os

from langchain_aws import ChatBedrockConverse
from langchain_community.llms import LlamaCpp
from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_groq import ChatGroq
from langchain_openai import ChatOpenAI

from .utility import has_aws_credentials

_DEFAULT_MODEL_NAMES = {
    "openai": "gpt-4o-mini",
    "google": "gemini-1.5-flash",
    "groq": "llama-3.1-70b-versatile",
    "bedrock": "anthropic.claude-3-5-sonnet-20240620-v1:0",
}
_DEFAULT_MAX_TOKENS = {
    "gpt-4o": 128000,
    "gpt-4o-2024-05-13": 128000,
    "gpt-4o-mini": 128000,
    "gpt-4o-mini-2024-07-18": 128000,
    "gpt-4o-2024-08-06": 128000,
    "o1-mini": 128000,
    "o1-mini-2024-09-12": 128000,
    "o1-preview": 128000,
    "o1-preview-2024-09-12": 128000,
    "claude-3-5-sonnet@20240620": 100000,
    "gemini-1.5-pro": 1048576,
    "gemini-1.5-flash": 1048576,
    "gemma2": 8200,
    "gemma2-9b-it": 8192,
    "claude-3-5-sonnet": 100000,
    "claude-3-5-sonnet-20240620": 100000,
    "anthropic.claude-3-5-sonnet-20240620-v1:0": 100000,
    "mixtral-8x7b-32768": 32768,
    "llama-3.1-8b-instant": 131072,
    "llama-3.1-70b-versatile": 131072,
    "llama-3.1-405b-reasoning": 131072,
}


def create_llm_instance(
    llamacpp_model_file_path: str | None = None,
    groq_model_name: str | None = None,
    bedrock_model_id: str | None = None,
    google_model_name: str | None = None,
    openai_model_name: str | None = None,
    temperature: float = 0.8,
    max_tokens: int = 8192,
):
    """Create an instance of LLM."""
    logger = logging.getLogger(create_llm_instance.__name__)
    if llamacpp_model_file_path:
        return LlamaCpp(model_path=llamacpp_model_file_path, temperature=temperature, max_tokens=max_tokens)
    elif groq_model_name or os.environ.get("GROQ_API_KEY"):
        m = groq_model_name or _DEFAULT_MODEL_NAMES["groq"]
        return ChatGroq(model=m, temperature=temperature,
                        max_tokens=_limit_max_tokens(max_tokens=max_tokens, model_name=m))
    elif bedrock_model_id or has_aws_credentials():
        m = bedrock_model_id or _DEFAULT_MODEL_NAMES["bedrock"]
        return ChatBedrockConverse(model=m, temperature=temperature,
                                   max_tokens=_limit_max_tokens(max_tokens=max_tokens, model_name=m))
    elif google_model_name or os.environ.get("GOOGLE_API_KEY"):
        m = google_model_name or _DEFAULT_MODEL_NAMES["google"]
        return ChatGoogleGenerativeAI(model=m, temperature=temperature,
                                      max_tokens=_limit_max_tokens(max_tokens=max_tokens, model_name=m))
    elif openai_model_name or os.environ.get("OPENAI_API_KEY"):
        logger.info("Use OpenAI: %s", openai_model_name)
        m = openai_model_name or _DEFAULT_MODEL_NAMES["openai"]
        return ChatOpenAI(model=m, temperature=temperature,
                          max_tokens=_limit_max_tokens(max_tokens=max_tokens, model_name=m))
    raise RuntimeError("The model cannot be determined.")


def _limit_max_tokens(max_tokens: int, model_name: str) -> int:
    default_max_tokens = _DEFAULT_MAX_TOKENS.get(model_name, max_tokens)
    return min(max_tokens, default_max_tokens)
