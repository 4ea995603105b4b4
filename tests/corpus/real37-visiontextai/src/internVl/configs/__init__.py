from pathlib import Path

import yaml


def load_config(path: Path = Path(__file__).with_name("config.yml")) -> dict:
    with open(path) as f:
        return yaml.safe_load(f)
