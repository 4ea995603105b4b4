from pathlib import Path
from typing import Literal, Optional, Self

from pydantic import BaseModel, Field, SecretStr, model_validator
from yaml import safe_load


class OllamaSettings(BaseModel):
    model: str
    base_url: str = Field(default="http://localhost:11434", alias="base-url")
    temperature: float = 0.0


class OpenAISettings(BaseModel):
    model: str
    api_key: SecretStr = Field(alias="api-key")
    temperature: float = 0.0


class GeminiSettings(BaseModel):
    model: str
    api_key: SecretStr = Field(alias="api-key")
    temperature: float = 0.0


class AnthropicSettings(BaseModel):
    model: str
    api_key: SecretStr = Field(alias="api-key")
    temperature: float = 0.0


class Config(BaseModel):
    provider: Literal["ollama", "openai", "google-genai", "anthropic"]
    ollama: Optional[OllamaSettings] = None
    openai: Optional[OpenAISettings] = None
    google_genai: Optional[GeminiSettings] = Field(default=None, alias="google-genai")
    anthropic: Optional[AnthropicSettings] = None

    @model_validator(mode="after")
    def _check(self) -> Self:
        section = self.provider.replace("-", "_")
        if getattr(self, section) is None:
            raise ValueError(f"{self.provider} configuration is required when provider is '{self.provider}'")
        return self


CANDIDATES = [".aicommit.yml", "aicommit.yml", ".aicommit.yaml", "aicommit.yaml"]


def find_config_path() -> Optional[str]:
    here = Path.cwd()
    for folder in [here, *here.parents]:
        for name in CANDIDATES:
            p = folder / name
            if p.is_file():
                return str(p)
    return None


def load_config() -> Config:
    path = find_config_path()
    if path is None:
        raise FileNotFoundError("Configuration file not found.")
    with open(path) as fh:
        return Config(**safe_load(fh))
