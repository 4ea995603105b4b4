"""Runtime settings for the LLaVA app."""

from pathlib import Path

import torch

ROOT = Path(__file__).parent.parent.parent
ASSETS_DIR = ROOT / "assets"
EXAMPLES_DIR = ROOT / "examples"

# model
MODEL_NAME = "liuhaotian/llava-v1.5-7b"
MODEL_REVISION = "main"

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"

# generation
DEFAULT_MAX_NEW_TOKENS = 512
DEFAULT_TEMPERATURE = 0.7
DEFAULT_TOP_P = 0.9

# server
API_HOST = "0.0.0.0"
API_PORT = 7860

# gradio
GRADIO_THEME = "soft"
GRADIO_TITLE = "LLaVA Chat"

# logging
LOG_FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s"
LOG_DIR = ROOT / "logs"
LOG_FILE = LOG_DIR / "app.log"

for d in (ASSETS_DIR, EXAMPLES_DIR, LOG_DIR):
    d.mkdir(parents=True, exist_ok=True)
