from typing import Protocol

from pydantic import SecretStr
from langchain_core.language_models import BaseChatModel
from langchain_anthropic import ChatAnthropic
from langchain_aws import ChatBedrockConverse
from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_ollama import ChatOllama
from langchain_openai import ChatOpenAI

from git_aicommit.config import Config
from git_aicommit.error import InvalidConfigurationError


class Provider(Protocol):
    name: str
    model_name: str
    chat_model: BaseChatModel


def provider_from_config(cfg: Config) -> Provider:
    kind = cfg.provider
    if kind == "aws-bedrock":
        c = cfg.aws_bedrock
        return BedrockProvider(c.model, c.region, c.temperature)
    if kind == "anthropic":
        c = cfg.anthropic
        return AnthropicProvider(c.model, c.api_key, c.temperature)
    if kind == "google-genai":
        c = cfg.google_genai
        return GeminiProvider(c.model, c.api_key, c.temperature)
    if kind == "ollama":
        c = cfg.ollama
        return OllamaProvider(c.model, c.base_url, c.temperature)
    if kind == "openai":
        c = cfg.openai
        return OpenAIProvider(c.model, c.api_key, c.temperature)
    raise InvalidConfigurationError(f"Unsupported provider: {kind}")


class BedrockProvider:
    def __init__(self, model: str, region: str, temperature: float):
        self.name = "aws-bedrock"
        self.model_name = model
        self.chat_model = ChatBedrockConverse(model=model, region_name=region, temperature=temperature)


class AnthropicProvider:
    def __init__(self, model: str, api_key: SecretStr, temperature: float):
        self.name = "anthropic"
        self.model_name = model
        self.chat_model = ChatAnthropic(model_name=model, api_key=api_key, temperature=temperature, timeout=None, stop=None)


class GeminiProvider:
    def __init__(self, model: str, api_key: SecretStr, temperature: float):
        self.name = "google-genai"
        self.model_name = model
        self.chat_model = ChatGoogleGenerativeAI(model=model, google_api_key=api_key, temperature=temperature)


class OllamaProvider:
    def __init__(self, model: str, base_url: str, temperature: float):
        self.name = "ollama"
        self.model_name = model
        self.chat_model = ChatOllama(model=model, base_url=base_url, temperature=temperature)


class OpenAIProvider:
    def __init__(self, model: str, api_key: SecretStr, temperature: float):
        self.name = "openai"
        self.model_name = model
        self.chat_model = ChatOpenAI(model=model, api_key=api_key, temperature=temperature)
