import os
from typing import Any, Dict

try:
    import yaml  # type: ignore
except Exception:  # pragma: no cover
    yaml = None  # type: ignore


def _read_yaml() -> Dict[str, Any]:
    path = os.getenv("CONFIG_PATH", "./config.yaml")
    if yaml is None or not os.path.isfile(path):
        return {}
    with open(path, "r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return data if isinstance(data, dict) else {}


_CFG = _read_yaml()


def setting(name: str, default: str) -> str:
    # env var wins, then config.yaml, then the default
    if name in os.environ:
        return os.environ[name]
    return str(_CFG.get(name, default))


def setting_int(name: str, default: int) -> int:
    try:
        return int(setting(name, str(default)))
    except ValueError:
        return default


MODEL_PATH = setting("MODEL_PATH", "./models/gemma-2-2b-it.Q4_K_M.gguf")
N_CTX = setting_int("N_CTX", 4096)
N_THREADS = setting_int("N_THREADS", os.cpu_count() or 4)
N_GPU_LAYERS = setting_int("N_GPU_LAYERS", 0)
HOST = setting("HOST", "127.0.0.1")
PORT = setting_int("PORT", 8000)
TEMPERATURE_DEFAULT = float(os.getenv("TEMPERATURE", "0.7"))
MAX_TOKENS_LIMIT = setting_int("MAX_TOKENS_LIMIT", 8192)
SYSTEM_PROMPT = setting("SYSTEM_PROMPT", "You are a helpful assistant running locally.")
MAX_CONCURRENT_REQUESTS = setting_int("MAX_CONCURRENT_REQUESTS", 32)
