def _ollama(model: str, embeddings_model: str):
    from langchain_community.embeddings import OllamaEmbeddings
    from langchain_community.llms import Ollama

    return Ollama(model=model), OllamaEmbeddings(model=embeddings_model)


def _openai(model: str, embeddings_model: str):
    import os

    from langchain_openai import ChatOpenAI, OpenAIEmbeddings

    key = os.environ["OPENAI_API_KEY"]
    return ChatOpenAI(api_key=key), OpenAIEmbeddings(model=embeddings_model)


def get_llm(provider: str, model: str, embeddings_model: str | None = None):
    assert provider in ["ollama", "openai"], "unknown provider"
    if embeddings_model is None:
        embeddings_model = model
    if provider == "ollama":
        return _ollama(model, embeddings_model)
    return _openai(model, embeddings_model)
