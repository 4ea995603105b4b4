"""
Configuration management for LLM Chat
"""

import json
import os
from pathlib import Path

CONFIG_DIR = Path.home() / ".llm_cli"


def initialize():
    """Load API keys from ~/.llm_cli/config.json into the environment."""
    config_file = CONFIG_DIR / "config.json"
    if not config_file.exists():
        print("API keys not found. Please run 'lmci setup' first.")
        raise SystemExit(1)
    api_keys = json.loads(config_file.read_text())
    for provider, key in api_keys.items():
        os.environ[provider] = key
    return api_keys


def load_config():
    path = CONFIG_DIR / "settings.json"
    return json.loads(path.read_text()) if path.exists() else {}


def save_config(values):
    CONFIG_DIR.mkdir(exist_ok=True)
    (CONFIG_DIR / "settings.json").write_text(json.dumps(values, indent=2))
