from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


class ConfigValidationError(Exception):
    pass


def _load_env_config() -> dict[str, Any]:
    """Read KEY=VALUE lines from .env."""
    config = {}
    env_path = Path(".env")
    if env_path.exists():
        for line in env_path.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                config[key.strip().lower()] = value.strip()
    return config


def _load_yaml_config() -> dict[str, Any]:
    for config_path in (Path(".vault-rag.yaml"), Path("config.yaml")):
        if config_path.exists():
            return yaml.safe_load(config_path.read_text()) or {}
    return {}


@dataclass(frozen=True)
class RagConfig:
    chroma_dir: Path = Path(".chroma")
    collection: str = "obsidian"
    manifest_path: Path = Path(".chroma/manifest.json")
    ollama_base_url: str = "http://localhost:11434"
    llm_model: str = "qwen2.5:32b"
    embed_model: str = "bge-m3"
    top_k: int = 8
    include_exts: tuple[str, ...] = (".md", ".txt")
    ignore_dirs: tuple[str, ...] = (".obsidian", ".trash", "Attachments", ".git")
    llm_request_timeout: float = 600.0
    embed_request_timeout: float = 600.0
    chunk_size: int = 800
    chunk_overlap: int = 120

    @classmethod
    def from_file(cls, cli_overrides: dict[str, Any] | None = None) -> RagConfig:
        config: dict[str, Any] = {}
        config.update(_load_yaml_config())
        config.update(_load_env_config())

        def get_value(key: str) -> Any:
            if cli_overrides and cli_overrides.get(key) is not None:
                return cli_overrides[key]
            if key in config:
                return config[key]
            return getattr(cls, key)

        return cls(
            chroma_dir=Path(get_value("chroma_dir")),
            collection=get_value("collection"),
            manifest_path=Path(get_value("manifest_path")),
            ollama_base_url=get_value("ollama_base_url"),
            llm_model=get_value("llm_model"),
            embed_model=get_value("embed_model"),
            top_k=int(get_value("top_k")),
            chunk_size=int(get_value("chunk_size")),
            chunk_overlap=int(get_value("chunk_overlap")),
        )

    def validate(self) -> None:
        if self.top_k <= 0:
            raise ConfigValidationError(f"top_k must be positive, got {self.top_k}")
        self.chroma_dir.mkdir(parents=True, exist_ok=True)
